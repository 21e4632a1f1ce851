package org.trialworkbench.service;

import java.util.List;
import java.util.Optional;
import org.trialworkbench.model.Correction;

/**
 * Reviewers' corrections of what a reader got wrong, kept beside the reading. Targets:
 * {@code criterion:I2} (field {@code kind}), {@code criterion:I2/threshold:0} (the criterion's
 * first threshold; {@code parameter}, {@code comparator}, {@code value}, {@code upper},
 * {@code unit}), {@code outcome:P1} ({@code timePoints}, {@code recurrence.every},
 * {@code recurrence.until}), {@code cohort:C1} ({@code size}, {@code subjects},
 * {@code intervention}, {@code dose}, {@code administrations}, {@code interval},
 * {@code cumulativeDose}). Values are text in the syntax of
 * {@link org.trialworkbench.analysis.corrections.CorrectionValues} (e.g. {@code 12 MONTH},
 * {@code 0 DAY "Baseline"; 12 MONTH}, {@code 10 mg/kg}, {@code 4-7}, {@code <=}); empty text is
 * "none stated" where a value may be missing.
 *
 * <p>Undo: {@link #correct} on a value already corrected changes that correction (same id,
 * original kept); the window keeps the previous correction and puts it back with
 * {@link #restoreCorrection}, or removes a new one with {@link #deleteCorrection}.
 * Errors: {@link IllegalArgumentException} with a message for the reviewer.
 */
public interface CorrectionUseCase {

    /**
     * Corrects one value. The reading's value is kept as {@code originalValue}, the target's
     * source text as anchor. Refused when the value does not parse, the target or field does not
     * exist, or the value equals the reading.
     *
     * @return the correction as stored, its corrected value in canonical spelling
     */
    Correction correct(String trialId, String target, String field, String correctedValue, String author);

    /** Deletes a correction: the reading shows again. An unknown id is no error. */
    void deleteCorrection(String correctionId);

    /** Puts back exactly this correction (same id) on the trial: undoes a delete or a change. */
    Correction restoreCorrection(String trialId, Correction correction);

    /**
     * Accepts a correction flagged {@code sourceChanged} for the current source: anchor and
     * original value become the current ones and the flag is cleared, so it applies again.
     */
    Correction reanchorCorrection(String correctionId);

    /** The trial as read and as corrected, anchors checked; empty for an unknown trial. */
    Optional<CorrectedTrial> corrected(String trialIdOrRegistryId);

    /** The correctable fields of a target (empty when it is not a correctable target). */
    List<String> correctableFields(String target);
}
