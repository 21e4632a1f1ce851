package org.trialworkbench.model.comparison;

import java.util.List;

/** The eligibility panel's rows for the compared trials (ids in column order). */
public record EligibilityComparison(List<String> trialIds, List<EligibilityRow> rows) {
    public EligibilityComparison {
        trialIds = List.copyOf(trialIds);
        rows = List.copyOf(rows);
    }
}
