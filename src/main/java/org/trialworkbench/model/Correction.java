package org.trialworkbench.model;

import java.time.Instant;

/**
 * A reviewer's correction of one value a reader got wrong, kept beside the reading (which is
 * never overwritten). {@code target} is a criterion ({@code criterion:I2}), one of its
 * thresholds by position ({@code criterion:I2/threshold:0}), an outcome ({@code outcome:P1}) or
 * a cohort ({@code cohort:C1}); {@code field} names the value ({@code kind}, {@code value},
 * {@code timePoints}, {@code recurrence.every}, {@code dose}, ...). Both values are text in the
 * field's own syntax (see analysis.corrections.CorrectionValues); null means "none stated".
 *
 * <p>{@code anchorText} and {@code sourceChanged} work as in {@link Annotation}: a correction
 * whose source text changed is kept, flagged, and no longer applied.
 */
public record Correction(String id, String target, String field, String originalValue, String correctedValue,
                         String author, Instant createdAt, String anchorText, boolean sourceChanged) {
    public Correction {
        Values.require(id, "id");
        Values.require(target, "target");
        Values.require(field, "field");
        Values.require(author, "author");
        Values.require(createdAt, "createdAt");
    }

    public Correction withAnchor(String newAnchorText, boolean changed) {
        return new Correction(id, target, field, originalValue, correctedValue, author, createdAt, newAnchorText,
                changed);
    }
}
