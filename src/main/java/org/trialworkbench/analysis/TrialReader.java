package org.trialworkbench.analysis;

import org.trialworkbench.analysis.cohorts.CohortReader;
import org.trialworkbench.analysis.criteria.CriteriaReader;
import org.trialworkbench.analysis.schedule.OutcomeScheduler;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Trial;

/**
 * Reads what importers leave as text into the normalized model: eligibility text into atomic
 * criteria with thresholds, outcome time frames into schedules, arms and descriptions into dose
 * cohorts. Pure: the same trial in gives the same trial out.
 */
public final class TrialReader {
    /**
     * The readers' version. Raise it whenever a reader changes what it reads from the same text (or an
     * importer the text it hands to the readers): a store whose trials were read by an older version
     * then offers to read them again.
     */
    public static final int VERSION = 6; // 6: criteria sweep: flattened nested lists, sub-population headers, notes

    private final OutcomeScheduler scheduler = new OutcomeScheduler();
    private final CohortReader cohorts = new CohortReader();
    private final CriteriaReader criteria = new CriteriaReader();

    public Trial read(Trial trial) {
        Trial.Builder b = trial.toBuilder()
                .outcomes(scheduler.schedule(trial.outcomes(), trial.dates()));
        Eligibility e = trial.eligibility();
        if (e.criteria().isEmpty() && e.criteriaText() != null) {
            b.eligibility(e.withCriteria(criteria.read(e.criteriaText())));
        }
        if (trial.cohorts().isEmpty()) {
            b.cohorts(cohorts.read(trial));
        }
        return b.build();
    }
}
