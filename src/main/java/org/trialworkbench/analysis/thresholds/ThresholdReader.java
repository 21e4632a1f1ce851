package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Threshold;

/**
 * Reads numeric limits from one criterion's text: "Hb &lt;11 g/dL", "VC or DLCO below 70% predicted"
 * (one threshold per parameter), "ESR is 25 mm/1h or more", "between 18 and 75 years".
 *
 * <p>Each {@link Threshold} has the canonical parameter ({@code parameters.csv}, synonyms in
 * {@code synonyms.csv}), the comparator with its exact inclusive/exclusive meaning ("or more",
 * "at least", "≥" → GE; "less than", "below", "under" → LT; "or less", "at most", "not exceeding",
 * "up to" → LE; "between a and b" and "a to b" → BETWEEN value=a upper=b), the unit as written
 * (percent-predicted values have unit "%"), the exact source span (from the first parameter
 * name to the end of the value, unit and postfix comparator), and the lower value normalized to
 * the parameter's canonical unit ({@code units.csv}); times-ULN values normalize to unit "ULN".
 *
 * <p>Flags (see {@link ThresholdFlags}): AMBIGUOUS_COMPARATOR, DECIMAL_COMMA, UNIT_MISSING,
 * UNIT_IMPLIED, UNIT_IMPLAUSIBLE, VALUE_IMPLAUSIBLE, LIKELY_UNIT:&lt;unit&gt;, UNIT_EXPONENT_LOST,
 * UNIT_NOT_BSA_ADJUSTED, UNIT_PER_24H_ASSUMED, PERCENT_PREDICTED, PARAMETER_INFERRED.
 *
 * <p>What is not understood is not read: a number with no named parameter (a duration, a class,
 * a dose) gives no threshold. Pure and thread-safe; the data tables are read once per instance.
 */
public final class ThresholdReader {
    private final ParameterCatalog parameters = new ParameterCatalog();
    private final UnitCatalog units = new UnitCatalog();
    private final ValueExpressionScanner scanner = new ValueExpressionScanner(units);
    private final ParameterResolver resolver = new ParameterResolver();
    private final ThresholdNormalizer normalizer = new ThresholdNormalizer(units);

    /** The thresholds in the criterion text, in source order; empty when there are none. */
    public List<Threshold> read(String criterionText) {
        List<Threshold> thresholds = new ArrayList<>();
        if (criterionText == null || criterionText.isBlank()) {
            return thresholds;
        }
        List<Mention> mentions = parameters.mentions(criterionText);
        ValueExpression previous = null;
        ParameterResolver.Resolution previousResolution = null;
        for (ValueExpression e : scanner.scan(criterionText)) {
            ParameterResolver.Resolution r = resolver.resolve(criterionText, mentions, e, previous, previousResolution);
            if (r != null) {
                for (String parameter : r.parameters()) {
                    thresholds.add(threshold(criterionText, e, r, parameter));
                }
            }
            previous = e;
            previousResolution = r;
        }
        return thresholds;
    }

    private Threshold threshold(String text, ValueExpression e, ParameterResolver.Resolution r, String parameter) {
        List<String> flags = new ArrayList<>(e.flags());
        if (r.inferred()) {
            flags.add(ThresholdFlags.PARAMETER_INFERRED);
        }
        if (e.percentPredicted()) {
            flags.add(ThresholdFlags.PERCENT_PREDICTED);
        }
        Quantity normalized = normalizer.normalize(parameters.info(parameter), e.value(), e.upper(), e.unit(), flags);
        String span = text.substring(r.spanStart(), r.spanEnd());
        return new Threshold(parameter, span, e.comparator(), e.value(), e.upper(), e.unit(), normalized, flags);
    }
}
