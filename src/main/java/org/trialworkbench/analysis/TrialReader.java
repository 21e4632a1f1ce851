package org.trialworkbench.analysis;

import org.trialworkbench.analysis.cohorts.CohortReader;
import org.trialworkbench.analysis.schedule.OutcomeScheduler;
import org.trialworkbench.model.Trial;

/**
 * Reads what importers leave as text into the normalized model: eligibility text into atomic
 * criteria with thresholds, outcome time frames into schedules, arms and descriptions into dose
 * cohorts. Pure: the same trial in gives the same trial out.
 */
public final class TrialReader {
    private final OutcomeScheduler scheduler = new OutcomeScheduler();
    private final CohortReader cohorts = new CohortReader();

    public Trial read(Trial trial) {
        Trial.Builder b = trial.toBuilder()
                .outcomes(scheduler.schedule(trial.outcomes(), trial.dates()));
        if (trial.cohorts().isEmpty()) {
            b.cohorts(cohorts.read(trial));
        }
        return b.build();
    }
}
