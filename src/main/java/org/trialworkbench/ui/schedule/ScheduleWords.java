package org.trialworkbench.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.ui.Texts;

/**
 * A read schedule put back into words for the reviewer ("every 3 months until 12 months"), with
 * the time as written quoted beside the time as read, so a misreading shows at a glance.
 */
public final class ScheduleWords {

    private ScheduleWords() {
    }

    /**
     * The schedule's read parts, one line each: "Time points: …", "Recurrence: …". A recurrence
     * without a stated end is said to run to {@code horizonDays}, as drawn; {@code horizonStated}
     * tells whether some outcome of the trial states that time or the axis merely has its default length.
     */
    public static List<String> lines(Schedule schedule, double horizonDays, boolean horizonStated) {
        List<String> lines = new ArrayList<>();
        if (schedule == null) {
            return lines;
        }
        if (!schedule.timePoints().isEmpty()) {
            lines.add((schedule.timePoints().size() == 1 ? "Time point: " : "Time points: ")
                    + schedule.timePoints().stream().map(ScheduleWords::offset).collect(Collectors.joining(", ")));
        }
        if (schedule.recurrence() != null) {
            lines.add("Recurrence: " + recurrence(schedule.recurrence(), horizonDays, horizonStated));
        }
        return lines;
    }

    /**
     * "every 3 months until 12 months"; without a stated end "… until 2 years (the trial horizon; no
     * end stated)", or, when no outcome of the trial states a time that far, "… no end stated; drawn
     * to 1 year, the axis' default length".
     */
    public static String recurrence(Recurrence r, double horizonDays, boolean horizonStated) {
        String every = "every " + offset(r.every());
        if (r.until() != null) {
            return every + " until " + offset(r.until());
        }
        if (!horizonStated) {
            return every + ", no end stated; drawn to " + duration(horizonDays)
                    + ", the axis' default length (the trial states no later time)";
        }
        return every + " until " + duration(horizonDays) + " (the trial horizon; no end stated)";
    }

    /** A time that counts from another event than baseline: "1 week after final vaccine administration". */
    public static String afterEvent(Offset o) {
        return Texts.amount(o.value(), o.unit()) + " after " + o.anchor().strip();
    }

    /**
     * "12 months", or "28 days (“Day 28”)" when written differently from how it was read; a time
     * from another event says so ("30 days after last dose").
     */
    public static String offset(Offset o) {
        String amount = o.fromBaseline() ? Texts.amount(o.value(), o.unit()) : afterEvent(o);
        String label = o.label() == null ? "" : o.label().strip();
        if (label.isEmpty() || label.equalsIgnoreCase(amount)) {
            return amount;
        }
        return amount + " (“" + label + "”)";
    }

    /** A number of days in the largest whole unit: 365.25 → "1 year", 91.3125 → "3 months", 10 → "10 days". */
    public static String duration(double days) {
        for (Unit u : Unit.values()) {
            double n = days / u.days;
            if (n >= 1 && Math.abs(n - Math.rint(n)) < 1e-6) {
                return Texts.amount(Math.rint(n), u.unit);
            }
        }
        double rounded = Math.round(days * 10) / 10.0;
        return Texts.amount(rounded, TimeUnit.DAY);
    }

    /** Compact form for an axis end tick: "18 mo", "2.5 y", "10 wk", "45 d". */
    public static String shortDuration(double days) {
        String[] names = {"y", "mo", "wk"};
        Unit[] units = Unit.values();
        for (int i = 0; i < units.length; i++) {
            double n = days / units[i].days;
            if (n >= 1 && Math.abs(n * 2 - Math.rint(n * 2)) < 1e-6) {
                return Texts.number(Math.rint(n * 2) / 2) + " " + names[i];
            }
        }
        return Texts.number(Math.round(days)) + " d";
    }

    /** The same unit lengths the schedule aligner uses, so the words match the drawing. */
    static double toDays(Offset o) {
        return o.value() * o.unit().days();
    }

    /** "day 28", or "day 91.3 (3 months)" when the day is a whole number of weeks, months or years. */
    public static String day(double day) {
        String base = "day " + Texts.number(Math.round(day * 10) / 10.0);
        String duration = duration(day);
        return duration.endsWith("day") || duration.endsWith("days") ? base : base + " (" + duration + ")";
    }

    private enum Unit {
        YEAR(TimeUnit.YEAR), MONTH(TimeUnit.MONTH), WEEK(TimeUnit.WEEK);

        private final TimeUnit unit;
        private final double days;

        Unit(TimeUnit unit) {
            this.unit = unit;
            this.days = unit.days();
        }
    }
}
