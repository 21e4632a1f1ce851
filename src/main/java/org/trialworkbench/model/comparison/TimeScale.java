package org.trialworkbench.model.comparison;

/**
 * The time axis' scale, shared by the window and the HTML export: square-root of days, so a day-1
 * and a week-1 visit stay apart while a five-year follow-up still fits. Ticks are the usual visit
 * landmarks.
 */
public final class TimeScale {
    /** Landmarks (days) with their labels, for ticks. */
    public static final double[] TICK_DAYS = {0, 7, 28, 91.3125, 182.625, 365.25, 730.5, 1095.75, 1826.25, 3652.5};
    public static final String[] TICK_LABELS = {"0", "1 wk", "4 wk", "3 mo", "6 mo", "1 y", "2 y", "3 y", "5 y", "10 y"};

    private TimeScale() {
    }

    /** Position of a day on an axis ending at {@code endDays}, from 0 to 1. */
    public static double position(double day, double endDays) {
        if (endDays <= 0) {
            return 0;
        }
        double clamped = Math.max(0, Math.min(day, endDays));
        return Math.sqrt(clamped) / Math.sqrt(endDays);
    }
}
