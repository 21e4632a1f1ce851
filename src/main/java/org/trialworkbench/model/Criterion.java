package org.trialworkbench.model;

import java.util.List;

/**
 * One atomic eligibility criterion. {@code key} is I1.. / E1.. in source order; {@code text} is
 * the criterion's own source text, whitespace-normalized. {@code kindInferred} is true when the
 * source had no inclusion/exclusion header and the kind was decided from numbering or wording.
 */
public record Criterion(String key, CriterionKind kind, String text, List<Threshold> thresholds,
                        boolean kindInferred) {
    public Criterion {
        Values.require(key, "key");
        Values.require(kind, "kind");
        Values.require(text, "text");
        thresholds = Values.copy(thresholds);
    }
}
