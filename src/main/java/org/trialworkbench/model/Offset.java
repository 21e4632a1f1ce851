package org.trialworkbench.model;

/**
 * A time after a reference event, e.g. 12 MONTH; label as written ("Baseline", "Day 28",
 * "30 days after last dose").
 *
 * <p>{@code anchor} names the event the time counts from, as written ("last dose", "discharge");
 * null means baseline (day 0). An anchored offset is NOT a time from baseline and must never be
 * drawn on the baseline axis: the date of its event is not known from the time frame.
 */
public record Offset(double value, TimeUnit unit, String label, String anchor) {
    public Offset {
        Values.require(unit, "unit");
        if (anchor != null && anchor.isBlank()) {
            anchor = null;
        }
    }

    /** A time from baseline. */
    public Offset(double value, TimeUnit unit, String label) {
        this(value, unit, label, null);
    }

    /** True when this time counts from baseline (no other anchor). */
    public boolean fromBaseline() {
        return anchor == null;
    }
}
