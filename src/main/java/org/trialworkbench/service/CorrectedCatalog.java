package org.trialworkbench.service;

import java.util.List;
import java.util.Optional;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;

/**
 * A catalog whose trials are the corrected views (see {@link CorrectedTrial#corrected()}): what
 * an export writes, the corrected values in the normal fields and the corrections, with the
 * original values, beside them.
 */
public final class CorrectedCatalog implements TrialCatalog {
    private final TrialCatalog stored;

    public CorrectedCatalog(TrialCatalog stored) {
        this.stored = stored;
    }

    @Override
    public List<TrialSummary> list(String query) {
        return stored.list(query);
    }

    @Override
    public Optional<Trial> load(String trialIdOrRegistryId) {
        return stored.load(trialIdOrRegistryId).map(t -> CorrectionService.view(t).corrected());
    }
}
