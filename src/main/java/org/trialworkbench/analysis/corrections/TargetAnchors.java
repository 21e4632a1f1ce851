package org.trialworkbench.analysis.corrections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Trial;

/**
 * The source text a note or correction is anchored on: a criterion's text (also for its
 * thresholds), an outcome's measure and time frame, a cohort's source passage, an arm's or
 * intervention's name and description, a field's value. Runs of white space count as one space,
 * so re-wrapped text is the same text. The trial itself and unknown fields anchor on "" (never
 * changes).
 */
public final class TargetAnchors {
    private static final Map<String, Function<Trial, Object>> FIELDS = fields();

    private TargetAnchors() {
    }

    /** The target's anchor text in this trial; empty when the trial has no such target. */
    public static Optional<String> textOf(Trial t, String target) {
        int colon = target.indexOf(':');
        String type = colon < 0 ? target : target.substring(0, colon);
        String key = colon < 0 ? "" : target.substring(colon + 1);
        Optional<String> text = switch (type) {
            case "trial" -> Optional.of("");
            case "field" -> Optional.of(FIELDS.containsKey(key) ? text(FIELDS.get(key).apply(t)) : "");
            case "criterion" -> criterionText(t, key);
            case "outcome" -> TargetLookup.outcome(t, key).map(TargetAnchors::outcomeText);
            case "cohort" -> TargetLookup.cohort(t, key).map(TargetAnchors::cohortText);
            case "arm" -> t.arms().stream().filter(a -> a.label().equals(key)).findFirst().map(TargetAnchors::armText);
            case "intervention" -> t.interventions().stream().filter(i -> i.name().equals(key)).findFirst()
                    .map(TargetAnchors::interventionText);
            default -> Optional.of("");
        };
        return text.map(TargetAnchors::normalized);
    }

    private static Optional<String> criterionText(Trial t, String key) {
        Optional<TargetRef> ref = TargetRef.parse("criterion:" + key);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        if (ref.get().kind() == TargetRef.Kind.THRESHOLD) {
            return TargetLookup.threshold(t, ref.get().key(), ref.get().thresholdIndex())
                    .flatMap(th -> TargetLookup.criterion(t, ref.get().key()).map(c -> c.text()));
        }
        return TargetLookup.criterion(t, key).map(c -> c.text());
    }

    private static String outcomeText(Outcome o) {
        return o.measure() + "\n" + text(o.timeFrame());
    }

    private static String cohortText(Cohort c) {
        return text(c.sourceText() != null ? c.sourceText() : c.doseText() != null ? c.doseText() : c.label());
    }

    private static String armText(Arm a) {
        return a.label() + "\n" + text(a.description());
    }

    private static String interventionText(Intervention i) {
        return i.name() + "\n" + text(i.description());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Function<Trial, Object>> fields() {
        Map<String, Function<Trial, Object>> m = new LinkedHashMap<>();
        m.put("briefTitle", Trial::briefTitle);
        m.put("officialTitle", Trial::officialTitle);
        m.put("acronym", Trial::acronym);
        m.put("overallStatus", Trial::overallStatus);
        m.put("studyType", Trial::studyType);
        m.put("phases", Trial::phases);
        m.put("design", Trial::design);
        m.put("design.allocation", t -> t.design().allocation());
        m.put("design.interventionModel", t -> t.design().interventionModel());
        m.put("design.masking", t -> t.design().masking());
        m.put("design.primaryPurpose", t -> t.design().primaryPurpose());
        m.put("enrollment", Trial::enrollment);
        m.put("dates.start", t -> t.dates().start());
        m.put("dates.primaryCompletion", t -> t.dates().primaryCompletion());
        m.put("dates.completion", t -> t.dates().completion());
        m.put("leadSponsor", Trial::leadSponsor);
        m.put("conditions", Trial::conditions);
        m.put("countries", Trial::countries);
        m.put("briefSummary", Trial::briefSummary);
        m.put("detailedDescription", Trial::detailedDescription);
        m.put("eligibility.minimumAge", t -> t.eligibility().minimumAge());
        m.put("eligibility.maximumAge", t -> t.eligibility().maximumAge());
        m.put("eligibility.sex", t -> t.eligibility().sex());
        m.put("eligibility.healthyVolunteers", t -> t.eligibility().healthyVolunteers());
        m.put("eligibility.criteriaText", t -> t.eligibility().criteriaText());
        return m;
    }

    /** Whether two anchor texts are the same source text. */
    static boolean same(String a, String b) {
        return Objects.equals(a, b);
    }
}
