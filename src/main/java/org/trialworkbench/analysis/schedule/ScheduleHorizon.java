package org.trialworkbench.analysis.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.TrialDates;

/**
 * The trial horizon an open-ended recurrence runs to: the longest stated time point (or stated
 * recurrence end) across the trial's read schedules; else primary completion minus start when both
 * dates are known to the month; else none.
 */
public final class ScheduleHorizon {

    public static final String FROM_LONGEST_POINT = "trial horizon (longest stated time point)";
    public static final String FROM_DATES = "trial horizon (primary completion − start)";

    private ScheduleHorizon() {
    }

    /** The horizon as an offset labelled with where it came from, or null when there is none. */
    public static Offset of(List<Schedule> schedules, TrialDates dates) {
        Offset longest = null;
        for (Schedule schedule : schedules) {
            if (schedule == null) {
                continue;
            }
            for (Offset point : TimeAxis.baselinePoints(schedule)) { // a time after another event is no horizon
                longest = longer(longest, point);
            }
            Recurrence r = schedule.recurrence();
            if (r != null && r.until() != null && r.until().fromBaseline()) {
                longest = longer(longest, r.until());
            }
        }
        if (longest != null && TimeAxis.toDays(longest) > 0) {
            return new Offset(longest.value(), longest.unit(), FROM_LONGEST_POINT);
        }
        return fromDates(dates);
    }

    private static Offset longer(Offset a, Offset b) {
        return a == null || TimeAxis.toDays(b) > TimeAxis.toDays(a) ? b : a;
    }

    private static Offset fromDates(TrialDates dates) {
        if (dates == null) {
            return null;
        }
        LocalDate start = parse(dates.start());
        LocalDate end = parse(dates.primaryCompletion());
        if (start == null || end == null || !end.isAfter(start)) {
            return null;
        }
        return new Offset(ChronoUnit.DAYS.between(start, end), TimeUnit.DAY, FROM_DATES);
    }

    /** YYYY-MM-DD, or YYYY-MM read as the first of the month; a bare year is too coarse. */
    static LocalDate parse(String date) {
        if (date == null) {
            return null;
        }
        String d = date.strip();
        try {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(d);
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(d + "-01");
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
