package org.trialworkbench.model;

/** A time from baseline (day 0), e.g. 12 MONTH; label as written ("Baseline", "Day 28"). */
public record Offset(double value, TimeUnit unit, String label) {
    public Offset {
        Values.require(unit, "unit");
    }
}
