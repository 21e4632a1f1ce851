package org.trialworkbench.analysis.compare;

import org.trialworkbench.model.Amounts;

/** Numbers as a reviewer writes them: whole numbers as they are, no trailing ".0", no exponent. */
public final class Numbers {
    private Numbers() {
    }

    /** "65", "1.36", "100000"; other large or tiny values as {@link Amounts} writes them ("2.5×10⁻⁴"). */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return Amounts.reading(value);
    }
}
