package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Threshold;

/**
 * Normalizes a threshold again after a reviewer corrected its parameter, value or unit: the
 * normalized quantity and the flags that judged the old unit and value (unit implausible, value
 * implausible, unit missing or implied, the unit offered) are computed anew from the corrected
 * reading, as the reader would have; every other flag stays. A corrected "120 mmol/L" creatinine
 * put in µmol/L thus compares in mg/dL, and no stale "unit implausible" is left on it.
 */
public final class ThresholdRenormalizer {
    private static final Set<String> JUDGING = Set.of(ThresholdFlags.UNIT_IMPLAUSIBLE, ThresholdFlags.VALUE_IMPLAUSIBLE,
            ThresholdFlags.UNIT_MISSING, ThresholdFlags.UNIT_IMPLIED);
    private static final ParameterCatalog PARAMETERS = new ParameterCatalog();
    private static final ThresholdNormalizer NORMALIZER = new ThresholdNormalizer(new UnitCatalog());

    private ThresholdRenormalizer() {
    }

    /** The threshold with its normalized quantity and judging flags recomputed; an unknown parameter is not normalized. */
    public static Threshold renormalize(Threshold t) {
        List<String> flags = new ArrayList<>(t.flags().stream()
                .filter(f -> !JUDGING.contains(f) && !f.startsWith(ThresholdFlags.LIKELY_UNIT)).toList());
        ParameterInfo info = PARAMETERS.info(t.parameter());
        Quantity normalized = info == null ? null
                : NORMALIZER.normalize(info, t.value(), t.upper(), blankToNull(t.unit()), flags);
        return new Threshold(t.parameter(), t.text(), t.comparator(), t.value(), t.upper(), t.unit(), normalized, flags);
    }

    private static String blankToNull(String unit) {
        return unit == null || unit.isBlank() ? null : unit;
    }
}
