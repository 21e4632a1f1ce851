package org.trialworkbench.model;

/** Units of a schedule offset, with the mean length in days that places them on a time axis. */
public enum TimeUnit {
    MINUTE(1.0 / 1440), HOUR(1.0 / 24), DAY(1), WEEK(7), MONTH(30.4375), YEAR(365.25);

    private final double days;

    TimeUnit(double days) {
        this.days = days;
    }

    /** Mean length in days (a month is a twelfth of a Julian year). */
    public double days() {
        return days;
    }
}
