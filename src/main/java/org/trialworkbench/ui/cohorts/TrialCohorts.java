package org.trialworkbench.ui.cohorts;

import java.util.List;
import org.trialworkbench.model.Trial;

/**
 * What the panel shows for one compared trial: its cohort rows, and its arms and interventions.
 *
 * @param emptyMessage the sentence shown instead of cohorts when none were read; null when there are cohorts
 */
public record TrialCohorts(String trialId, String title, List<CohortRow> cohorts, List<ItemRow> items,
                           String emptyMessage) {
    static final String NO_COHORTS = "No dose cohorts read from this trial's arms or descriptions";

    public TrialCohorts {
        cohorts = List.copyOf(cohorts);
        items = List.copyOf(items);
    }

    static TrialCohorts of(Trial t) {
        List<CohortRow> rows = t.cohorts().stream().map(c -> CohortRow.of(t.id(), c)).toList();
        return new TrialCohorts(t.id(), t.briefTitle() == null ? "" : t.briefTitle(), rows,
                ItemRow.of(t.id(), t.arms(), t.interventions()), rows.isEmpty() ? NO_COHORTS : null);
    }
}
