package org.trialworkbench.analysis.thresholds;

/**
 * One canonical parameter from {@code parameters.csv}: its canonical unit (null for unitless
 * scores), the plausible range in that unit, and the unit assumed when none is written (or null).
 */
record ParameterInfo(String name, String canonicalUnit, double min, double max, String impliedUnit) {
    boolean unitless() {
        return canonicalUnit == null;
    }

    boolean plausible(double canonicalValue) {
        return canonicalValue >= min && canonicalValue <= max;
    }
}
