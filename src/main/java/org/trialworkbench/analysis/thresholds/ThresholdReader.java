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
 * UNIT_NOT_BSA_ADJUSTED, UNIT_BSA_ADJUSTED, UNIT_PER_24H_ASSUMED, PERCENT_PREDICTED, PARAMETER_INFERRED, DEFINITION.
 *
 * <p>What is not understood is not read: a number with no named parameter (a duration, a class,
 * a dose) gives no threshold; nor does a time span for a parameter not measured in time, a score
 * with a physical unit, a run "0 or 1" for a measured parameter, a bare "=" (mostly a lost "≤"/"≥"),
 * or an age limit that belongs to someone else ("relatives under the age of 40"). Pure and thread-safe; the data tables are read once per instance.
 */
public final class ThresholdReader {
    private final ParameterCatalog parameters = new ParameterCatalog();
    private final UnitCatalog units = new UnitCatalog();
    private final ValueExpressionScanner scanner = new ValueExpressionScanner(units);
    private final ParameterResolver resolver = new ParameterResolver();
    private final ThresholdNormalizer normalizer = new ThresholdNormalizer(units);
    private final OtherPersonWords otherPersons = new OtherPersonWords();
    private final DefinitionWords definitions = new DefinitionWords();

    /**
     * The thresholds in the criterion text, in source order, a blood-pressure pair's two limits after the
     * others (a threshold's index is its annotation anchor: adding pairs moves no other); empty when none.
     */
    public List<Threshold> read(String criterionText) {
        List<Threshold> thresholds = new ArrayList<>();
        if (criterionText == null || criterionText.isBlank()) {
            return thresholds;
        }
        List<Mention> mentions = parameters.mentions(criterionText);
        ValueExpression previous = null;
        ParameterResolver.Resolution previousResolution = null;
        for (ValueExpression e : scanner.scan(criterionText, mentions)) {
            ParameterResolver.Resolution r = resolver.resolve(criterionText, mentions, e, previous, previousResolution);
            boolean read = false;
            if (r != null && !otherPersonsAge(criterionText, r) && !ChangeWords.isChange(criterionText, e, r.spanStart())) {
                for (String parameter : r.parameters()) {
                    if (fits(e, parameters.info(parameter))) {
                        thresholds.add(threshold(criterionText, e, r, parameter));
                        read = true;
                    }
                }
            }
            previous = e;
            previousResolution = read ? r : null;
        }
        addBloodPressurePairs(criterionText, thresholds);
        return thresholds;
    }

    /** "BP > 160/100 mmHg": a systolic and a diastolic limit, unless the scan already read pressures there. */
    private void addBloodPressurePairs(String text, List<Threshold> thresholds) {
        boolean pressureRead = thresholds.stream().anyMatch(t -> t.parameter().equals(BloodPressurePairs.SYSTOLIC)
                || t.parameter().equals(BloodPressurePairs.DIASTOLIC));
        if (pressureRead || !text.contains("/")) {
            return;
        }
        for (BloodPressurePairs.Pair pair : BloodPressurePairs.find(text)) {
            thresholds.add(pairLimit(text, pair.systolic(), BloodPressurePairs.SYSTOLIC));
            thresholds.add(pairLimit(text, pair.diastolic(), BloodPressurePairs.DIASTOLIC));
        }
    }

    private Threshold pairLimit(String text, ValueExpression e, String parameter) {
        return threshold(text, e, new ParameterResolver.Resolution(List.of(parameter), e.start(), e.end(), false), parameter);
    }

    /**
     * Whether the expression can limit the parameter at all: a listed run "0 or 1" only limits a
     * score, and a time span ("for more than 3 days") never limits a parameter not measured in time.
     */
    private boolean fits(ValueExpression e, ParameterInfo p) {
        if (p == null) {
            return false; // a name listed as not a parameter ("histologic grade 1, 2 or 3")
        }
        if (p.unitless() && e.unit() != null && !units.scoreUnit(p.name(), e.unit())) {
            return false; // a score is not measured in ms or mmol/L: the number belongs to something else
        }
        return (!e.enumerated() || p.unitless()) && !units.foreignDuration(p.name(), e.unit(), p.unitless());
    }

    /** An age limit of someone else ("family history of sudden death under the age of 40"). */
    private boolean otherPersonsAge(String text, ParameterResolver.Resolution r) {
        return r.parameters().contains("age") && otherPersons.before(text, r.spanStart());
    }

    private Threshold threshold(String text, ValueExpression e, ParameterResolver.Resolution r, String parameter) {
        List<String> flags = new ArrayList<>(e.flags());
        if (r.inferred()) {
            flags.add(ThresholdFlags.PARAMETER_INFERRED);
        }
        if (e.percentPredicted()) {
            flags.add(ThresholdFlags.PERCENT_PREDICTED);
        }
        if (definitions.inDefinition(text, r.spanStart())) {
            flags.add(ThresholdFlags.DEFINITION);
        }
        boolean mayOfferUnit = e.unit() != null || !NormalLimitWords.follow(text, e.end());
        Quantity normalized = normalizer.normalize(parameters.info(parameter), e.value(), e.upper(), e.unit(), flags,
                mayOfferUnit);
        String span = text.substring(r.spanStart(), r.spanEnd());
        return new Threshold(parameter, span, e.comparator(), e.value(), e.upper(), e.unit(), normalized, flags);
    }
}
