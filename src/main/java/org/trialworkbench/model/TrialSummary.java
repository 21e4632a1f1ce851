package org.trialworkbench.model;

import java.util.List;

/** One line of the trial list: id, primary registry, phases, status, title. */
public record TrialSummary(String id, String registry, List<Phase> phases, OverallStatus status, String briefTitle) {
    public TrialSummary {
        phases = Values.copy(phases);
    }
}
