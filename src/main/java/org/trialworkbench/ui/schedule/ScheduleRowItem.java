package org.trialworkbench.ui.schedule;

import java.util.List;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.TimeFrameText;

/**
 * One outcome row of a trial's visit grid, ready to draw: the measure (full and shortened to one
 * line), the time frame as written (or the measure's words read when none is stated), how much of it was read, the markers and recurrence line on the
 * axis in use, the schedule in words, the times that count from another event than baseline (not on
 * the axis: "1 week after final vaccine administration") and the parts that were not read.
 */
public record ScheduleRowItem(String trialId, String key, OutcomeKind kind, String measure, String shortMeasure,
                              String timeFrame, String fromMeasure, ReadState readState, List<ScheduleMarker> markers,
                              RecurrenceSpan recurrence, List<String> scheduleInWords, List<String> anchoredTimes,
                              List<String> unreadParts) {
    public ScheduleRowItem {
        markers = List.copyOf(markers);
        scheduleInWords = List.copyOf(scheduleInWords);
        anchoredTimes = List.copyOf(anchoredTimes);
        unreadParts = List.copyOf(unreadParts);
    }

    /** The time frame as written, or "none stated" and the measure's words read instead ({@link TimeFrameText}). */
    public String timeFrameText() {
        return TimeFrameText.of(timeFrame, fromMeasure);
    }

    /** "NCT00962923:P1": the row's node id and userData in the view. */
    public String rowId() {
        return trialId + ":" + key;
    }

    /** The annotation target of this outcome: {@code outcome:P1}. */
    public String target() {
        return "outcome:" + key;
    }
}
