package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;

/** Puts offsets on one day axis for drawing: MONTH = 30.4375 d, YEAR = 365.25 d, WEEK = 7 d. */
public final class TimeAxis {

    /** Most assessment days {@link #assessmentDays} returns, so "hourly for 5 years" stays drawable. */
    public static final int MAX_POINTS = 500;

    private TimeAxis() {
    }

    /** The offset in days (fractional for hours and minutes, negative before baseline). */
    public static double toDays(Offset offset) {
        double factor = switch (offset.unit()) {
            case MINUTE -> 1.0 / 1440;
            case HOUR -> 1.0 / 24;
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> 30.4375;
            case YEAR -> 365.25;
        };
        return offset.value() * factor;
    }

    /**
     * The assessment days of a schedule up to {@code endDays} (inclusive), ascending and distinct:
     * its time points plus a recurrence expanded from baseline (every, 2×every, ...) up to the
     * earlier of its {@code until} and {@code endDays}. At most {@link #MAX_POINTS} days.
     */
    public static List<Double> assessmentDays(Schedule schedule, double endDays) {
        TreeSet<Double> days = new TreeSet<>();
        if (schedule == null) {
            return List.of();
        }
        for (Offset point : schedule.timePoints()) {
            double d = toDays(point);
            if (d <= endDays) {
                days.add(d);
            }
        }
        Recurrence r = schedule.recurrence();
        if (r != null && toDays(r.every()) > 0) {
            double step = toDays(r.every());
            double end = r.until() == null ? endDays : Math.min(endDays, toDays(r.until()));
            for (int k = 1; k * step <= end + 1e-9 && days.size() < MAX_POINTS * 2; k++) {
                days.add(k * step);
            }
        }
        List<Double> list = new ArrayList<>(days);
        return list.size() > MAX_POINTS ? List.copyOf(list.subList(0, MAX_POINTS)) : List.copyOf(list);
    }
}
