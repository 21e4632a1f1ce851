package org.trialworkbench.model;

import java.util.List;

/** Which sources (by file) state a field of a merged trial, the shown one first. */
public record FieldProvenance(String field, List<String> sourceFiles) {
    public FieldProvenance {
        Values.require(field, "field");
        sourceFiles = Values.copy(sourceFiles);
    }
}
