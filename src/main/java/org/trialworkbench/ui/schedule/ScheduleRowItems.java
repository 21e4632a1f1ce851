package org.trialworkbench.ui.schedule;

import java.util.List;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.comparison.AssessmentMarker;
import org.trialworkbench.model.comparison.OutcomeScheduleRow;
import org.trialworkbench.model.comparison.TimeScale;
import org.trialworkbench.model.comparison.TrialSchedule;
import org.trialworkbench.ui.Texts;

/** Turns the comparison's outcome rows into drawable rows on a given axis. Only read assessments become markers. */
final class ScheduleRowItems {
    /** Longest one-line measure before it is cut with "…" (the full text stays in the tooltip). */
    static final int SHORT_MEASURE_LENGTH = 90;

    private ScheduleRowItems() {
    }

    static ScheduleRowItem of(TrialSchedule trial, OutcomeScheduleRow row, double axisEndDays) {
        List<ScheduleMarker> markers = row.markers().stream()
                .map(m -> marker(m, axisEndDays)).toList();
        Schedule schedule = row.schedule();
        return new ScheduleRowItem(trial.trialId(), row.outcomeKey(), row.kind(), row.measure(),
                shorten(row.measure()), row.timeFrame(), schedule == null ? null : schedule.fromMeasure(),
                readState(row), markers,
                recurrenceSpan(row, trial.axisEndDays(), axisEndDays),
                ScheduleWords.lines(schedule, trial.axisEndDays(), horizonStated(trial)),
                schedule == null ? List.of() : schedule.timePoints().stream()
                        .filter(p -> !p.fromBaseline()).map(ScheduleWords::afterEvent).toList(),
                schedule == null ? List.of() : schedule.unreadParts());
    }

    /** True when some outcome states a time point or an end at the trial's horizon (not just the axis default). */
    static boolean horizonStated(TrialSchedule trial) {
        double stated = 0;
        for (OutcomeScheduleRow row : trial.rows()) {
            Schedule s = row.schedule();
            if (s == null) {
                continue;
            }
            for (var p : s.timePoints()) {
                stated = Math.max(stated, ScheduleWords.toDays(p));
            }
            if (s.recurrence() != null && s.recurrence().until() != null) {
                stated = Math.max(stated, ScheduleWords.toDays(s.recurrence().until()));
            }
        }
        return stated >= trial.axisEndDays() - 1e-6;
    }

    static ReadState readState(OutcomeScheduleRow row) {
        Schedule s = row.schedule();
        if (s == null) {
            return row.timeFrame() == null || row.timeFrame().isBlank() ? ReadState.NO_TIME_FRAME : ReadState.NOT_READ;
        }
        if (s.readFromMeasure()) {
            return ReadState.FROM_MEASURE;
        }
        if (row.fullyRead()) {
            return ReadState.READ;
        }
        // Only unread text ("until the date of death"): nothing of it was read, not "partly".
        return s.timePoints().isEmpty() && s.recurrence() == null ? ReadState.NOT_READ : ReadState.PARTLY_UNREAD;
    }

    /** The measure on one line: whitespace and line breaks collapsed, cut at a word near the limit. */
    static String shorten(String measure) {
        String oneLine = measure == null ? "" : Texts.oneLine(measure);
        if (oneLine.length() <= SHORT_MEASURE_LENGTH) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', SHORT_MEASURE_LENGTH);
        if (cut < SHORT_MEASURE_LENGTH / 2) {
            cut = SHORT_MEASURE_LENGTH;
        }
        return oneLine.substring(0, cut).stripTrailing() + "…";
    }

    private static ScheduleMarker marker(AssessmentMarker m, double axisEndDays) {
        return new ScheduleMarker(TimeScale.position(m.day(), axisEndDays), m.day(), m.label(), m.recurring());
    }

    /**
     * From the first recurring assessment to the recurrence's end: its stated end, else the trial's
     * horizon (as the aligner expands it). Null when nothing recurring was drawn.
     */
    private static RecurrenceSpan recurrenceSpan(OutcomeScheduleRow row, double horizonDays, double axisEndDays) {
        Recurrence r = row.schedule() == null ? null : row.schedule().recurrence();
        double first = row.markers().stream().filter(AssessmentMarker::recurring)
                .mapToDouble(AssessmentMarker::day).min().orElse(Double.NaN);
        if (r == null || Double.isNaN(first)) {
            return null;
        }
        double end = r.until() != null ? Math.min(ScheduleWords.toDays(r.until()), horizonDays) : horizonDays;
        return new RecurrenceSpan(TimeScale.position(first, axisEndDays), TimeScale.position(end, axisEndDays),
                r.until() != null);
    }
}
