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
        Quantity q = t.normalized();
        boolean converted = q != null && q.value() != t.value();
        if (t.comparator() == Comparator.BETWEEN && t.upper() != null) {
            if (q == null || t.value() == 0) {
                // The upper bound is normalized by the lower bound's factor; a zero lower bound has none,
                // so the range is shown as stated, in the stated unit.
                return range(t.value(), t.upper(), t.unit());
            }
            if (converted) {
                double upper = q.value() * t.upper() / t.value();
                return range(rounded(q.value()), rounded(upper), q.unit()) + stated(range(t.value(), t.upper(), t.unit()));
            }
            return range(t.value(), t.upper(), q.unit());
        }
        if (converted) {
            return symbol(t.comparator()) + " " + Numbers.format(rounded(q.value())) + unit(q.unit())
                    + stated(Numbers.format(t.value()) + unit(t.unit()));
        }
        return symbol(t.comparator()) + " " + Numbers.format(t.value()) + unit(q != null ? q.unit() : t.unit());
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

    private static String stated(String text) {
        return " (" + text + ")";
    }

    private static double rounded(double v) {
        return v == 0 || Double.isNaN(v) || Double.isInfinite(v) ? v : new BigDecimal(v).round(CONVERTED).doubleValue();
    }

    private static String unit(String unit) {
        return unit == null || unit.isBlank() ? "" : " " + UnitNames.forReading(unit);
    }
}
