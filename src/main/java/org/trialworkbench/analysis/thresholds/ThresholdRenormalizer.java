package org.trialworkbench.analysis.thresholds;

import org.trialworkbench.model.Threshold;

/**
 * Normalizes a threshold again after a reviewer corrected its parameter, value or unit: the
 * normalized quantity and the flags that judged the old unit and value (unit implausible, value
 * implausible, unit missing or implied, the unit offered) are computed anew from the corrected
 * reading, as the reader would have; every other flag stays. A corrected "120 mmol/L" creatinine
 * put in µmol/L thus compares in mg/dL, and no stale "unit implausible" is left on it.
 */
public final class ThresholdRenormalizer {
    private static final ParameterCatalog PARAMETERS = new ParameterCatalog();
    private static final ThresholdNormalizer NORMALIZER = new ThresholdNormalizer(new UnitCatalog());

    private ThresholdRenormalizer() {
    }

    /** The threshold with its normalized quantity and judging flags recomputed; an unknown parameter is not normalized. */
    public static Threshold renormalize(Threshold t) {
        return NORMALIZER.renormalize(PARAMETERS.info(t.parameter()), t);
    }
}
