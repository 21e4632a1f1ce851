package org.trialworkbench.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.trialworkbench.model.Correction;
import org.trialworkbench.service.CorrectedTrial;
import org.trialworkbench.service.CorrectionUseCase;

/**
 * One value a reviewer may correct: target and field, a label for the field list, the reading's
 * value (null: none stated) and the correction standing now (null: none).
 */
record CorrectionChoice(String target, String field, String label, String reading, Correction current) {

    /**
     * The correctable values of a selected target (for a criterion also each of its thresholds),
     * read from the trial as read and its corrections. Empty when nothing there can be corrected.
     */
    static List<CorrectionChoice> of(CorrectionUseCase corrections, CorrectedTrial trial, String selected) {
        List<CorrectionChoice> choices = new ArrayList<>();
        for (String target : ReadingValues.correctionTargets(trial.reading(), selected)) {
            for (String field : corrections.correctableFields(target)) {
                String reading = ReadingValues.of(trial.reading(), target, field).orElse(null);
                choices.add(new CorrectionChoice(target, field, label(trial, target, field), reading,
                        current(trial, target, field).orElse(null)));
            }
        }
        return choices;
    }

    /** The value shown in the corrected view now. */
    String shownValue() {
        return current != null && !current.sourceChanged() ? current.correctedValue() : reading;
    }

    private static String label(CorrectedTrial trial, String target, String field) {
        int slash = target.indexOf("/threshold:");
        if (slash < 0) {
            return field;
        }
        int index = Integer.parseInt(target.substring(slash + "/threshold:".length()));
        String parameter = ReadingValues.thresholdParameter(trial.reading(), target).map(p -> " (" + p + ")").orElse("");
        return "threshold " + (index + 1) + parameter + " · " + field;
    }

    private static Optional<Correction> current(CorrectedTrial trial, String target, String field) {
        return Stream.concat(trial.applied().stream(), trial.notApplied().stream())
                .filter(c -> c.target().equals(target) && c.field().equals(field)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
