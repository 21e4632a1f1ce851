package org.trialworkbench.analysis.compare;

import java.math.BigDecimal;

/** Numbers as a reviewer writes them: no trailing ".0", no exponent for ordinary values. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        if (Math.abs(value) >= 1e6 || (Math.abs(value) < 1e-3 && value != 0)) {
            return String.format(java.util.Locale.ROOT, "%.3g", value);
        }
        return new BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
