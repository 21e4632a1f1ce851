package org.trialworkbench.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Trial;

/**
 * A trial's annotations by target, in the order they were made. Annotations whose target names
 * nothing in the trial (an outcome that a re-read dropped, a field not exported) are kept as
 * {@link #unplaced()} so that every format still shows them: no note is dropped silently.
 */
final class AnnotationIndex {
    private final Map<String, List<Annotation>> byTarget = new LinkedHashMap<>();
    private final List<Annotation> unplaced = new ArrayList<>();

    AnnotationIndex(Trial trial) {
        Set<String> known = knownTargets(trial);
        for (Annotation a : trial.annotations()) {
            if (known.contains(a.target())) {
                byTarget.computeIfAbsent(a.target(), k -> new ArrayList<>()).add(a);
            } else {
                unplaced.add(a);
            }
        }
    }

    List<Annotation> on(String target) {
        return byTarget.getOrDefault(target, List.of());
    }

    List<Annotation> unplaced() {
        return List.copyOf(unplaced);
    }

    static String criterion(String key) {
        return "criterion:" + key;
    }

    static String outcome(String key) {
        return "outcome:" + key;
    }

    static String cohort(String key) {
        return "cohort:" + key;
    }

    static String arm(String label) {
        return "arm:" + label;
    }

    static String intervention(String name) {
        return "intervention:" + name;
    }

    private static Set<String> knownTargets(Trial t) {
        Set<String> known = new HashSet<>();
        known.add("trial");
        TrialFields.of(t).forEach(f -> known.add(f.target()));
        t.eligibility().criteria().stream().map(Criterion::key).forEach(k -> known.add(criterion(k)));
        t.outcomes().stream().map(Outcome::key).forEach(k -> known.add(outcome(k)));
        t.cohorts().stream().map(Cohort::key).forEach(k -> known.add(cohort(k)));
        t.arms().stream().map(Arm::label).forEach(k -> known.add(arm(k)));
        t.interventions().stream().map(Intervention::name).forEach(k -> known.add(intervention(k)));
        return known;
    }
}
