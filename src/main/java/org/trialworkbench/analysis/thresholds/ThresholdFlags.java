package org.trialworkbench.analysis.thresholds;

/**
 * The flag vocabulary of {@link org.trialworkbench.model.Threshold#flags()} as written by
 * {@link ThresholdReader}. A flag says what a reviewer must know about a reading; it never
 * replaces one: where the reading is doubtful the normalized value is null.
 */
public final class ThresholdFlags {
    /** The comparator is a likely typo read as its neighbour key (" ,25" read as "<25"). */
    public static final String AMBIGUOUS_COMPARATOR = "AMBIGUOUS_COMPARATOR";
    /** A number with a decimal comma ("1,5") read as a decimal point. */
    public static final String DECIMAL_COMMA = "DECIMAL_COMMA";
    /** The parameter needs a unit and none is written; normalized is null. */
    public static final String UNIT_MISSING = "UNIT_MISSING";
    /** No unit is written; the parameter's conventional unit (age: years) was used. */
    public static final String UNIT_IMPLIED = "UNIT_IMPLIED";
    /** The written unit is a known unit but not one this parameter is measured in; normalized is null. */
    public static final String UNIT_IMPLAUSIBLE = "UNIT_IMPLAUSIBLE";
    /** The value, converted, lies outside the parameter's plausible range; normalized is null. */
    public static final String VALUE_IMPLAUSIBLE = "VALUE_IMPLAUSIBLE";
    /**
     * Prefix of a flag naming the one unit under which the value would be plausible, e.g.
     * "LIKELY_UNIT:umol/L"; offered with UNIT_IMPLAUSIBLE, VALUE_IMPLAUSIBLE or UNIT_MISSING, never applied.
     */
    public static final String LIKELY_UNIT = "LIKELY_UNIT:";
    /** "x 109/L": the exponent of 10^9/L was lost in copying; read as 10^9/L. */
    public static final String UNIT_EXPONENT_LOST = "UNIT_EXPONENT_LOST";
    /** A GFR written in mL/min, compared as mL/min/1.73m2. */
    public static final String UNIT_NOT_BSA_ADJUSTED = "UNIT_NOT_BSA_ADJUSTED";
    /** A creatinine clearance written in mL/min/1.73m2 (adjusted to body surface), compared as mL/min. */
    public static final String UNIT_BSA_ADJUSTED = "UNIT_BSA_ADJUSTED";
    /** Proteinuria written in "g" read as g/24h. */
    public static final String UNIT_PER_24H_ASSUMED = "UNIT_PER_24H_ASSUMED";
    /** The value is a percentage of the predicted value ("70% predicted"). */
    public static final String PERCENT_PREDICTED = "PERCENT_PREDICTED";
    /** The parameter was not named; age was read from a range in years with no duration wording. */
    public static final String PARAMETER_INFERRED = "PARAMETER_INFERRED";
    /**
     * The limit stands in a sentence that defines a term ("post-menopausal defined as aged more than 50
     * years"): read as written, but it is a condition of that term, not a limit for every participant.
     */
    public static final String DEFINITION = "DEFINITION";

    private ThresholdFlags() {
    }
}
