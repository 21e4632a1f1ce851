package org.trialworkbench.analysis.thresholds;

/**
 * One line of {@code units.csv}: how {@code spelling} converts for {@code parameter} ("*" = any).
 * {@code normalizedUnit} overrides the parameter's canonical unit (times-ULN); {@code flag} may be null.
 */
record UnitRow(String parameter, String spelling, double factor, String normalizedUnit, String flag) {
    boolean generic() {
        return parameter.equals("*");
    }

    /** The spelling as offered in a LIKELY_UNIT flag: ASCII "u" for micro. */
    String display() {
        return spelling.replace('µ', 'u');
    }
}
