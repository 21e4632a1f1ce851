package org.trialworkbench.store;

import java.util.List;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;

/**
 * One row of the trial list. {@code registry} is the registry of the trial's own id (null for
 * local records and sponsor ids).
 */
public record TrialSummary(String id, String registry, List<Phase> phases, OverallStatus status, String briefTitle) {
    public TrialSummary {
        phases = List.copyOf(phases);
    }
}
