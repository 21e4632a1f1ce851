package org.trialworkbench.analysis.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.UnitNames;

/**
 * A threshold written for a cell: normalized when it could be, else as written. A value that was
 * converted to another unit shows three significant digits (a conversion factor adds digits no
 * criterion states) and, in parentheses, the value as the trial states it:
 * {@code "> 1.36 mg/dL (120 µmol/L)"}. Comparators read as the stated age fields do ("≥", "≤").
 */
public final class ThresholdText {
    private static final MathContext CONVERTED = new MathContext(3);

    private ThresholdText() {
    }

    public static String of(Threshold t) {
        return reading(t) + (converted(t) ? " (" + asStated(t) + ")" : "");
    }

    /**
     * The reading without the value as stated: what two trials are compared on, so that "100,000/mm3"
     * and "100 x10^9/L" are the same threshold ("≥ 100 ×10⁹/L").
     */
    public static String reading(Threshold t) {
        Quantity q = t.normalized();
        if (!converted(t)) {
            // A range from zero gives no factor for its upper bound: it stays in the stated unit.
            String unit = q != null && !(isRange(t) && t.value() == 0) ? q.unit() : t.unit();
            if (isRange(t)) {
                return range(t.value(), t.upper(), unit);
            }
            return symbol(t.comparator()) + " " + Numbers.format(t.value()) + unit(unit);
        }
        double value = WeeksAsMonths.value(t);
        if (isRange(t)) {
            return range(rounded(value), rounded(WeeksAsMonths.upper(t)), q.unit());
        }
        return symbol(t.comparator()) + " " + Numbers.format(rounded(value)) + unit(q.unit());
    }

    /** True when the value was converted to another unit (a zero stays zero: a range from it is not). */
    private static boolean converted(Threshold t) {
        return t.normalized() != null && t.normalized().value() != t.value();
    }

    private static boolean isRange(Threshold t) {
        return t.comparator() == Comparator.BETWEEN && t.upper() != null;
    }

    private static String asStated(Threshold t) {
        return isRange(t) ? range(t.value(), t.upper(), t.unit()) : Numbers.format(t.value()) + unit(t.unit());
    }

    private static String symbol(Comparator c) {
        return switch (c) {
            case GE -> "≥";
            case LE -> "≤";
            default -> c.symbol();
        };
    }

    private static String range(double lower, double upper, String unit) {
        return Numbers.format(lower) + "–" + Numbers.format(upper) + unit(unit);
    }

    private static double rounded(double v) {
        return v == 0 || Double.isNaN(v) || Double.isInfinite(v) ? v : new BigDecimal(v).round(CONVERTED).doubleValue();
    }

    private static String unit(String unit) {
        return unit == null || unit.isBlank() ? "" : " " + UnitNames.forReading(unit);
    }
}
