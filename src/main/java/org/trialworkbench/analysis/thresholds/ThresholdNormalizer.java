package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Threshold;

/**
 * Converts a value with its written unit to the parameter's canonical unit ({@code units.csv}),
 * and flags what does not fit: a unit the parameter is not measured in, a missing unit, a value
 * outside the plausible range. A doubtful value is never normalized; the one unit that would make
 * it plausible is offered as a LIKELY_UNIT flag.
 */
final class ThresholdNormalizer {
    private final UnitCatalog units;

    ThresholdNormalizer(UnitCatalog units) {
        this.units = units;
    }

    /** The normalized lower value (or null), adding flags to {@code flags}. */
    Quantity normalize(ParameterInfo p, double value, Double upper, String writtenUnit, List<String> flags) {
        return normalize(p, value, upper, writtenUnit, flags, true);
    }

    /**
     * {@link #normalize}; {@code mayOfferUnit} false when the words after a value with no unit show it is
     * relative to a normal limit ({@link NormalLimitWords}): no absolute unit is offered for it.
     */
    Quantity normalize(ParameterInfo p, double value, Double upper, String writtenUnit, List<String> flags,
                       boolean mayOfferUnit) {
        String unit = writtenUnit;
        if (unit == null && p.impliedUnit() != null) {
            unit = p.impliedUnit();
            flags.add(ThresholdFlags.UNIT_IMPLIED);
        }
        if (unit == null) {
            if (p.unitless()) {
                return new Quantity(value, null);
            }
            flags.add(ThresholdFlags.UNIT_MISSING);
            if (mayOfferUnit) {
                offerLikelyUnit(p, value, upper, flags);
            }
            return null;
        }
        UnitRow row = units.row(p.name(), unit, p.unitless());
        if (row == null || row.generic() && row.normalizedUnit() == null) {
            flags.add(ThresholdFlags.UNIT_IMPLAUSIBLE);
            if (mayBeSlip(unit)) {
                offerLikelyUnit(p, value, upper, flags);
            }
            return null;
        }
        if (row.flag() != null) {
            flags.add(row.flag());
        }
        if (p.unitless() && row.normalizedUnit() == null) {
            return new Quantity(value, null); // "4 points"
        }
        if (row.normalizedUnit() != null && !row.normalizedUnit().equals(p.canonicalUnit())) {
            return new Quantity(value * row.factor(), row.normalizedUnit()); // relative units (x ULN) stay relative
        }
        double lower = value * row.factor();
        if (!p.plausible(lower) || upper != null && !p.plausible(upper * row.factor())) {
            flags.add(ThresholdFlags.VALUE_IMPLAUSIBLE);
            offerLikelyUnit(p, value, upper, flags);
            return null;
        }
        return new Quantity(round(lower), p.canonicalUnit());
    }

    /**
     * The threshold normalized again from its (corrected) parameter, value and unit: the flags this class
     * sets are dropped and set anew, every other flag stays. {@code p} null: a parameter without data, not
     * normalized.
     */
    Threshold renormalize(ParameterInfo p, Threshold t) {
        List<String> flags = new ArrayList<>(t.flags().stream().filter(f -> !setHere(f)).toList());
        String unit = t.unit() == null || t.unit().isBlank() ? null : t.unit();
        Quantity normalized = p == null ? null : normalize(p, t.value(), t.upper(), unit, flags);
        return new Threshold(t.parameter(), t.text(), t.comparator(), t.value(), t.upper(), t.unit(), normalized, flags);
    }

    /** The flags {@link #normalize} judges the unit and value by (a units.csv row's own flag excepted). */
    private static boolean setHere(String flag) {
        return flag.equals(ThresholdFlags.UNIT_IMPLIED) || flag.equals(ThresholdFlags.UNIT_MISSING)
                || flag.equals(ThresholdFlags.UNIT_IMPLAUSIBLE) || flag.equals(ThresholdFlags.VALUE_IMPLAUSIBLE)
                || flag.startsWith(ThresholdFlags.LIKELY_UNIT);
    }

    /**
     * Whether a written unit the parameter is not measured in may be a slip for one it is: a ratio
     * ("mmol/L" for µmol/L creatinine, "mg/dL" for g/dL albumin) may be; a plain mass, volume or
     * length ("500 mL" of platelets donated, "5 kg" of weight lost, "30 ml" creatinine clearance)
     * measures something else, and no unit of the parameter is offered for it.
     */
    private static boolean mayBeSlip(String writtenUnit) {
        return writtenUnit.indexOf('/') >= 0;
    }

    /** Offers a unit only when every plausible reading agrees on the conversion factor. */
    private void offerLikelyUnit(ParameterInfo p, double value, Double upper, List<String> flags) {
        List<UnitRow> fitting = new ArrayList<>();
        Set<Double> factors = new LinkedHashSet<>();
        for (UnitRow r : units.rowsFor(p.name())) {
            boolean fits = p.plausible(value * r.factor()) && (upper == null || p.plausible(upper * r.factor()));
            if (fits && r.normalizedUnit() == null && r.flag() == null) {
                fitting.add(r);
                factors.add(r.factor());
            }
        }
        if (factors.size() == 1) {
            flags.add(ThresholdFlags.LIKELY_UNIT + fitting.get(0).display());
        }
    }

    /** Conversion factors carry float noise; 6 significant digits are more than any criterion states. */
    private static double round(double v) {
        if (v == 0) {
            return 0;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }
}
