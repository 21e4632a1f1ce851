package org.trialworkbench.model;

/** An age limit; {@code inclusive} is false for "under 65" or "older than 18". */
public record Age(double value, AgeUnit unit, boolean inclusive) {
    public Age {
        Values.require(unit, "unit");
    }
}
