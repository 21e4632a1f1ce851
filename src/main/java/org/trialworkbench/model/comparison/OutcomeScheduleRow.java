package org.trialworkbench.model.comparison;

import java.util.List;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Schedule;

/**
 * One outcome of a trial on the time axis: its markers, the original time frame, the schedule
 * read from it (null when it could not be read) and whether anything of the time frame stayed
 * unread ({@code schedule.unreadParts()}).
 */
public record OutcomeScheduleRow(String outcomeKey, OutcomeKind kind, String measure, String timeFrame,
                                 Schedule schedule, List<AssessmentMarker> markers) {
    public OutcomeScheduleRow {
        markers = List.copyOf(markers);
    }

    public boolean fullyRead() {
        return schedule != null && schedule.unreadParts().isEmpty();
    }
}
