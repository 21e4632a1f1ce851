package org.trialworkbench.analysis.corrections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.Trial;

/**
 * The corrected view of a trial: each correction that still fits its source (not
 * {@code sourceChanged}) puts its corrected value in place of the reading; a corrected threshold
 * gains the flag {@link #FLAG}. The corrections themselves, with the original values, stay on the
 * trial. {@link #revert} is the inverse, for a trial that arrives in its corrected view (an
 * export read back), so the store keeps the reading.
 */
public final class CorrectionApplier {
    /** The flag of a threshold showing a corrected value. */
    public static final String FLAG = "CORRECTED";

    private CorrectionApplier() {
    }

    /** Whether the correction is applied in the corrected view. */
    public static boolean applies(Correction c) {
        return !c.sourceChanged();
    }

    /** The corrected view; corrections that do not fit the trial (target gone, bad value) are skipped. */
    public static Trial apply(Trial trial) {
        Trial result = trial;
        for (Correction c : trial.corrections()) {
            if (applies(c)) {
                result = putOrKeep(result, c, c.correctedValue(), true);
            }
        }
        return result;
    }

    /** The reading back from a corrected view: original values put back, last correction first. */
    public static Trial revert(Trial corrected) {
        Trial result = corrected;
        List<Correction> reversed = new ArrayList<>(corrected.corrections());
        java.util.Collections.reverse(reversed);
        for (Correction c : reversed) {
            if (applies(c)) {
                result = putOrKeep(result, c, c.originalValue(), false);
            }
        }
        return result;
    }

    private static Trial putOrKeep(Trial trial, Correction c, String text, boolean mark) {
        try {
            return put(trial, c, text, mark).orElse(trial);
        } catch (IllegalArgumentException e) {
            return trial; // a stored value this build cannot read: the reading stays
        }
    }

    /**
     * The trial with the correction's field set from {@code text}. Empty when the target is not in
     * the trial or the field is unknown; a value that does not parse throws
     * {@link IllegalArgumentException}.
     */
    public static Optional<Trial> put(Trial trial, Correction c, String text, boolean mark) {
        Optional<TargetRef> ref = TargetRef.parse(c.target());
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        try {
            return switch (ref.get().kind()) {
                case CRITERION -> CorrectableFields.criterion(c.field()).flatMap(f ->
                        TargetLookup.replaceCriterion(trial, ref.get().key(), cr -> f.put(cr, text)));
                case THRESHOLD -> CorrectableFields.threshold(c.field()).flatMap(f ->
                        TargetLookup.replaceCriterion(trial, ref.get().key(),
                                cr -> replaceThreshold(cr, ref.get().thresholdIndex(), t -> flagged(f.put(t, text), mark))));
                case OUTCOME -> CorrectableFields.outcome(c.field()).flatMap(f ->
                        TargetLookup.replaceOutcome(trial, ref.get().key(), o -> f.put(o, text)));
                case COHORT -> CorrectableFields.cohort(c.field()).flatMap(f ->
                        TargetLookup.replaceCohort(trial, ref.get().key(), co -> f.put(co, text)));
            };
        } catch (MissingTarget e) {
            return Optional.empty();
        }
    }

    /** The current value of the correction's field in the trial, as text; empty when there is no such target. */
    public static Optional<Optional<String>> read(Trial trial, String target, String field) {
        Optional<TargetRef> ref = TargetRef.parse(target);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        String key = ref.get().key();
        return switch (ref.get().kind()) {
            case CRITERION -> CorrectableFields.criterion(field).flatMap(f ->
                    TargetLookup.criterion(trial, key).map(cr -> Optional.ofNullable(f.read().apply(cr))));
            case THRESHOLD -> CorrectableFields.threshold(field).flatMap(f ->
                    TargetLookup.threshold(trial, key, ref.get().thresholdIndex())
                            .map(t -> Optional.ofNullable(f.read().apply(t))));
            case OUTCOME -> CorrectableFields.outcome(field).flatMap(f ->
                    TargetLookup.outcome(trial, key).map(o -> Optional.ofNullable(f.read().apply(o))));
            case COHORT -> CorrectableFields.cohort(field).flatMap(f ->
                    TargetLookup.cohort(trial, key).map(co -> Optional.ofNullable(f.read().apply(co))));
        };
    }

    private static Criterion replaceThreshold(Criterion c, int index, UnaryOperator<Threshold> change) {
        if (index < 0 || index >= c.thresholds().size()) {
            throw new MissingTarget();
        }
        List<Threshold> thresholds = new ArrayList<>(c.thresholds());
        thresholds.set(index, change.apply(thresholds.get(index)));
        return new Criterion(c.key(), c.kind(), c.text(), thresholds, c.kindInferred());
    }

    private static Threshold flagged(Threshold t, boolean mark) {
        List<String> flags = new ArrayList<>(t.flags());
        flags.remove(FLAG);
        if (mark) {
            flags.add(FLAG);
        }
        return new Threshold(t.parameter(), t.text(), t.comparator(), t.value(), t.upper(), t.unit(), t.normalized(),
                flags);
    }

    /** A threshold position past the criterion's thresholds. */
    static final class MissingTarget extends RuntimeException {
        MissingTarget() {
            super(null, null, false, false);
        }
    }
}
