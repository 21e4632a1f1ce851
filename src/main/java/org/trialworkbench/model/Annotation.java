package org.trialworkbench.model;

import java.time.Instant;

/**
 * A reviewer's note on a target: {@code trial}, {@code field:NAME}, {@code criterion:I1},
 * {@code outcome:P1}, {@code cohort:C1}, {@code arm:LABEL}, {@code intervention:NAME}.
 */
public record Annotation(String id, String target, String tag, String note, String author, Instant createdAt,
                         Instant updatedAt) {
    public Annotation {
        Values.require(target, "target");
        Values.require(note, "note");
        Values.require(author, "author");
        Values.require(createdAt, "createdAt");
    }
}
