package org.trialworkbench.analysis.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Threshold;

/**
 * The values of a parameter that one limit lets into a trial, as an interval in the parameter's
 * normalized unit. It is what two trials' limits are compared on, whichever way each is worded:
 * inclusion "platelets ≥ 100 ×10⁹/L" and exclusion "platelets < 100,000/µL" admit the same values;
 * "ECOG 0–1", "ECOG ≤ 1" and "ECOG < 2" too (a range from a scale's lowest value bounds only from
 * above; a whole-number scale has nothing between 1 and 2).
 */
record AdmittedRange(double lower, boolean lowerIncluded, double upper, boolean upperIncluded, String unit) {
    private static final MathContext KEY_DIGITS = new MathContext(9);

    /**
     * The range admitted by a threshold of a criterion of the given kind; null when it is not one
     * interval in a known unit (not normalized; an exclusion of a middle range admits two pieces).
     */
    static AdmittedRange of(CriterionKind kind, Threshold t, Scales.Scale scale) {
        AdmittedRange stated = stated(t, scale);
        if (stated == null) {
            return null;
        }
        AdmittedRange admitted = kind == CriterionKind.EXCLUSION ? stated.complement() : stated;
        return admitted == null ? null : admitted.onSteps(scale.step());
    }

    /** The values the threshold's words name (what an inclusion admits, an exclusion excludes). */
    private static AdmittedRange stated(Threshold t, Scales.Scale scale) {
        if (t.normalized() == null || !Double.isFinite(t.normalized().value())) {
            return null;
        }
        double v = WeeksAsMonths.value(t);
        String unit = t.normalized().unit();
        double inf = Double.POSITIVE_INFINITY;
        return switch (t.comparator()) {
            case GE -> new AdmittedRange(v, true, inf, false, unit);
            case GT -> new AdmittedRange(v, false, inf, false, unit);
            case LE -> new AdmittedRange(-inf, false, v, true, unit);
            case LT -> new AdmittedRange(-inf, false, v, false, unit);
            case EQ -> fromLowest(new AdmittedRange(v, true, v, true, unit), scale);
            case BETWEEN -> t.upper() == null ? null : range(t, scale);
        };
    }

    private static AdmittedRange range(Threshold t, Scales.Scale scale) {
        double upper;
        if (t.value() != 0) {
            upper = WeeksAsMonths.upper(t);
        } else if (t.normalized().value() == 0 && sameUnit(t.unit(), t.normalized().unit())) {
            upper = t.upper();
        } else {
            return null; // a range from zero gives no factor to convert its upper bound with
        }
        if (!(upper >= t.normalized().value())) {
            return null; // "150–100": no value lies in it; a damaged reading, not a limit
        }
        return fromLowest(new AdmittedRange(t.normalized().value(), true, upper, true, t.normalized().unit()), scale);
    }

    private static boolean sameUnit(String stated, String normalized) {
        return stated == null || stated.isBlank() ? normalized == null : stated.equals(normalized);
    }

    /** Nothing lies below a scale's lowest value: a range from it is an upper limit only. */
    private static AdmittedRange fromLowest(AdmittedRange r, Scales.Scale scale) {
        return r.lower <= scale.lowest() ? new AdmittedRange(Double.NEGATIVE_INFINITY, false, r.upper, r.upperIncluded, r.unit) : r;
    }

    /** The values outside a one-sided range; null for a range bounded on both sides or neither. */
    private AdmittedRange complement() {
        boolean below = Double.isInfinite(lower);
        boolean above = Double.isInfinite(upper);
        if (below == above) {
            return null;
        }
        return below ? new AdmittedRange(upper, !upperIncluded, Double.POSITIVE_INFINITY, false, unit)
                : new AdmittedRange(Double.NEGATIVE_INFINITY, false, lower, !lowerIncluded, unit);
    }

    /** On a whole-number scale an open bound on a step is the next step, included: "< 2" is "≤ 1". */
    private AdmittedRange onSteps(double step) {
        if (step <= 0) {
            return this;
        }
        double lo = lower;
        boolean loIn = lowerIncluded;
        double hi = upper;
        boolean hiIn = upperIncluded;
        if (!loIn && onStep(lo, step)) {
            lo += step;
            loIn = true;
        }
        if (!hiIn && onStep(hi, step)) {
            hi -= step;
            hiIn = true;
        }
        return new AdmittedRange(lo, loIn, hi, hiIn, unit);
    }

    private static boolean onStep(double v, double step) {
        return !Double.isInfinite(v) && Math.abs(v / step - Math.rint(v / step)) < 1e-9;
    }

    /** The values both ranges admit; null when they are in different units or admit nothing in common. */
    AdmittedRange intersect(AdmittedRange other) {
        if (!Objects.equals(unit, other.unit)) {
            return null;
        }
        int lo = Double.compare(key(lower), key(other.lower));
        int hi = Double.compare(key(upper), key(other.upper));
        double newLower = lo >= 0 ? lower : other.lower;
        boolean newLowerIn = lo > 0 ? lowerIncluded : lo < 0 ? other.lowerIncluded : lowerIncluded && other.lowerIncluded;
        double newUpper = hi <= 0 ? upper : other.upper;
        boolean newUpperIn = hi < 0 ? upperIncluded : hi > 0 ? other.upperIncluded : upperIncluded && other.upperIncluded;
        int span = Double.compare(key(newLower), key(newUpper));
        if (span > 0 || span == 0 && !(newLowerIn && newUpperIn)) {
            return null;
        }
        return new AdmittedRange(newLower, newLowerIn, newUpper, newUpperIn, unit);
    }

    /** True when every value this range admits, the other admits too. */
    boolean within(AdmittedRange other) {
        int lo = Double.compare(key(lower), key(other.lower));
        int hi = Double.compare(key(upper), key(other.upper));
        boolean lowerInside = lo > 0 || lo == 0 && (other.lowerIncluded || !lowerIncluded);
        boolean upperInside = hi < 0 || hi == 0 && (other.upperIncluded || !upperIncluded);
        return lowerInside && upperInside;
    }

    /** The range as a comparable text: bounds to nine digits, so that conversions do not part equal limits. */
    String key() {
        return (lowerIncluded ? "[" : "(") + key(lower) + "," + key(upper) + (upperIncluded ? "]" : ")") + " " + unit;
    }

    private static double key(double v) {
        return Double.isInfinite(v) || v == 0 ? v : new BigDecimal(v).round(KEY_DIGITS).doubleValue();
    }
}
