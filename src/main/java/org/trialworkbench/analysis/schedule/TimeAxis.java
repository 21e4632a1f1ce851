package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;

/**
 * Puts offsets on one day axis for drawing: MONTH = 30.4375 d, YEAR = 365.25 d, WEEK = 7 d.
 *
 * <p>Only times from baseline are on this axis. A time after another event ("30 days after last
 * dose", {@link Offset#anchor()} not null) has no day from baseline: {@link #toDays} gives NaN for
 * it, {@link #assessmentDays} leaves it out, and {@link #anchoredPoints} lists it apart so a view
 * can show it as text beside the axis. {@link #daysAfterAnchor} gives its length after its own event.
 */
public final class TimeAxis {

    /** Most assessment days {@link #assessmentDays} returns, so "hourly for 5 years" stays drawable. */
    public static final int MAX_POINTS = 500;

    private TimeAxis() {
    }

    /**
     * The offset in days from baseline (fractional for hours and minutes, negative before
     * baseline); NaN for a time after another event, which has no place on the baseline axis.
     */
    public static double toDays(Offset offset) {
        return offset.fromBaseline() ? daysAfterAnchor(offset) : Double.NaN;
    }

    /** The offset in days after its own event (baseline or its anchor). Not an axis position. */
    public static double daysAfterAnchor(Offset offset) {
        return offset.value() * offset.unit().days();
    }

    /**
     * The assessment days of a schedule up to {@code endDays} (inclusive), ascending and distinct:
     * its time points plus a recurrence expanded from baseline (every, 2×every, ...) up to the
     * earlier of its {@code until} and {@code endDays}. At most {@link #MAX_POINTS} days. Times
     * after another event ({@link #anchoredPoints}) are not included; neither is an anchored
     * {@code until} used as an end (the recurrence then runs to {@code endDays}).
     */
    public static List<Double> assessmentDays(Schedule schedule, double endDays) {
        TreeSet<Double> days = new TreeSet<>();
        if (schedule == null) {
            return List.of();
        }
        for (Offset point : baselinePoints(schedule)) {
            double d = toDays(point);
            if (d <= endDays) {
                days.add(d);
            }
        }
        Recurrence r = schedule.recurrence();
        if (r != null && toDays(r.every()) > 0) {
            double step = toDays(r.every());
            double end = r.until() == null || !r.until().fromBaseline() ? endDays : Math.min(endDays, toDays(r.until()));
            for (int k = 1; k * step <= end + 1e-9 && days.size() < MAX_POINTS * 2; k++) {
                days.add(k * step);
            }
        }
        List<Double> list = new ArrayList<>(days);
        return list.size() > MAX_POINTS ? List.copyOf(list.subList(0, MAX_POINTS)) : List.copyOf(list);
    }

    /** The time points of a schedule that count from baseline, in schedule order. */
    public static List<Offset> baselinePoints(Schedule schedule) {
        return schedule == null ? List.of() : schedule.timePoints().stream().filter(Offset::fromBaseline).toList();
    }

    /** The time points of a schedule that count from another event ("30 days after last dose"). */
    public static List<Offset> anchoredPoints(Schedule schedule) {
        return schedule == null ? List.of() : schedule.timePoints().stream().filter(o -> !o.fromBaseline()).toList();
    }
}
