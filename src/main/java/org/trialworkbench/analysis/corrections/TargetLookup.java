package org.trialworkbench.analysis.corrections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.Trial;

/** Finds a criterion, threshold, outcome or cohort of a trial by key, and replaces one. */
final class TargetLookup {
    private TargetLookup() {
    }

    static Optional<Criterion> criterion(Trial t, String key) {
        return t.eligibility().criteria().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    static Optional<Threshold> threshold(Trial t, String key, int index) {
        return criterion(t, key).filter(c -> index >= 0 && index < c.thresholds().size())
                .map(c -> c.thresholds().get(index));
    }

    static Optional<Outcome> outcome(Trial t, String key) {
        return t.outcomes().stream().filter(o -> o.key().equals(key)).findFirst();
    }

    static Optional<Cohort> cohort(Trial t, String key) {
        return t.cohorts().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    static Optional<Trial> replaceCriterion(Trial t, String key, UnaryOperator<Criterion> change) {
        return replaced(t.eligibility().criteria(), Criterion::key, key, change)
                .map(list -> t.toBuilder().eligibility(t.eligibility().withCriteria(list)).build());
    }

    static Optional<Trial> replaceOutcome(Trial t, String key, UnaryOperator<Outcome> change) {
        return replaced(t.outcomes(), Outcome::key, key, change).map(list -> t.toBuilder().outcomes(list).build());
    }

    static Optional<Trial> replaceCohort(Trial t, String key, UnaryOperator<Cohort> change) {
        return replaced(t.cohorts(), Cohort::key, key, change).map(list -> t.toBuilder().cohorts(list).build());
    }

    /** The list with the first element of this key changed; empty when no element has the key. */
    private static <T> Optional<List<T>> replaced(List<T> items, Function<T, String> keyOf, String key,
                                                  UnaryOperator<T> change) {
        for (int i = 0; i < items.size(); i++) {
            if (keyOf.apply(items.get(i)).equals(key)) {
                List<T> copy = new ArrayList<>(items);
                copy.set(i, change.apply(items.get(i)));
                return Optional.of(copy);
            }
        }
        return Optional.empty();
    }
}
