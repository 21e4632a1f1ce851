package org.trialworkbench.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trialworkbench.analysis.schedule.TimeAxis;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.AssessmentMarker;
import org.trialworkbench.model.comparison.OutcomeScheduleRow;
import org.trialworkbench.model.comparison.ScheduleComparison;
import org.trialworkbench.model.comparison.TrialSchedule;

/**
 * Puts the compared trials' outcomes on a time axis: markers at every stated time point and at
 * every recurrence up to its end (the trial's horizon when the time frame states none). Rows are
 * ordered primary, secondary, other, each in source order.
 *
 * <p>Times after another event ("30 days after last dose") are not times from baseline: they get
 * no marker and do not stretch the axis, but stay in the row's {@code schedule}; a view lists them
 * beside the axis with {@link TimeAxis#anchoredPoints(Schedule)}.
 */
public final class ScheduleAligner {
    /** When a trial states no time at all, its axis still shows the first year. */
    private static final double MIN_AXIS_DAYS = 365.25;

    public ScheduleComparison align(List<Trial> trials) {
        List<TrialSchedule> schedules = new ArrayList<>();
        double shared = MIN_AXIS_DAYS;
        for (Trial trial : trials) {
            TrialSchedule s = scheduleOf(trial);
            schedules.add(s);
            shared = Math.max(shared, s.axisEndDays());
        }
        return new ScheduleComparison(schedules, shared);
    }

    private TrialSchedule scheduleOf(Trial trial) {
        double end = axisEnd(trial.outcomes());
        List<OutcomeScheduleRow> rows = new ArrayList<>();
        trial.outcomes().stream()
                .sorted(Comparator.comparing(Outcome::kind))
                .forEach(o -> rows.add(new OutcomeScheduleRow(o.key(), o.kind(), o.measure(), o.timeFrame(), o.schedule(),
                        markers(o.schedule(), end))));
        return new TrialSchedule(trial.id(), trial.briefTitle(), end, rows);
    }

    private static double axisEnd(List<Outcome> outcomes) {
        double end = MIN_AXIS_DAYS;
        for (Outcome o : outcomes) {
            Schedule s = o.schedule();
            if (s == null) {
                continue;
            }
            for (Offset p : TimeAxis.baselinePoints(s)) {
                end = Math.max(end, TimeAxis.toDays(p));
            }
            if (s.recurrence() != null && s.recurrence().until() != null && s.recurrence().until().fromBaseline()) {
                end = Math.max(end, TimeAxis.toDays(s.recurrence().until()));
            }
        }
        return end;
    }

    private static List<AssessmentMarker> markers(Schedule schedule, double end) {
        if (schedule == null) {
            return List.of();
        }
        List<AssessmentMarker> markers = new ArrayList<>();
        for (Offset p : TimeAxis.baselinePoints(schedule)) {
            markers.add(new AssessmentMarker(TimeAxis.toDays(p), p.label() != null ? p.label() : Numbers.format(p.value())
                    + " " + p.unit().name().toLowerCase(java.util.Locale.ROOT), false));
        }
        if (schedule.recurrence() != null) {
            Offset u = schedule.recurrence().until();
            double until = u != null && u.fromBaseline() ? TimeAxis.toDays(schedule.recurrence().until()) : end;
            Schedule onlyRecurrence = new Schedule(List.of(), schedule.recurrence(), List.of());
            for (double day : TimeAxis.assessmentDays(onlyRecurrence, until)) {
                markers.add(new AssessmentMarker(day, "every " + Numbers.format(schedule.recurrence().every().value()) + " "
                        + schedule.recurrence().every().unit().name().toLowerCase(java.util.Locale.ROOT), true));
            }
        }
        markers.sort(Comparator.comparingDouble(AssessmentMarker::day));
        return markers;
    }
}
