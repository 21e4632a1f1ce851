package org.trialworkbench.model;

import java.util.List;

/**
 * A field whose sources disagree. The first value is the one shown (from the more structured
 * source); all values are kept.
 */
public record Conflict(String field, List<ConflictValue> values) {
    public Conflict {
        Values.require(field, "field");
        values = Values.copy(values);
    }
}
