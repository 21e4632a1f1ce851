package org.trialworkbench.model;

import java.time.Instant;

/**
 * A reviewer's note on a target: {@code trial}, {@code field:NAME}, {@code criterion:I1},
 * {@code outcome:P1}, {@code cohort:C1}, {@code arm:LABEL}, {@code intervention:NAME}.
 *
 * <p>{@code anchorText} is the target's source text when the note was made (the criterion text,
 * the outcome measure and time frame, the cohort's source passage, the field's value; "" for the
 * trial itself or an empty value); null means not anchored yet (a note from before anchors
 * existed), and the next check anchors it. {@code sourceChanged} is set when a later version of
 * the record changed that text or dropped the target: the note is kept, never moved.
 */
public record Annotation(String id, String target, String tag, String note, String author, Instant createdAt,
                         Instant updatedAt, String anchorText, boolean sourceChanged) {
    public Annotation {
        Values.require(target, "target");
        Values.require(note, "note");
        Values.require(author, "author");
        Values.require(createdAt, "createdAt");
    }

    /** A note without anchor (anchored by the next check). */
    public Annotation(String id, String target, String tag, String note, String author, Instant createdAt,
                      Instant updatedAt) {
        this(id, target, tag, note, author, createdAt, updatedAt, null, false);
    }

    public Annotation withId(String newId) {
        return new Annotation(newId, target, tag, note, author, createdAt, updatedAt, anchorText, sourceChanged);
    }

    public Annotation withAnchor(String newAnchorText, boolean changed) {
        return new Annotation(id, target, tag, note, author, createdAt, updatedAt, newAnchorText, changed);
    }
}
