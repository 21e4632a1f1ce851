package org.trialworkbench.service;

import java.util.List;
import java.util.Optional;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.store.H2Store;

/** Browsing the stored trials, straight from the store. */
public final class TrialCatalogService implements TrialCatalog {
    private final H2Store store;

    public TrialCatalogService(H2Store store) {
        this.store = store;
    }

    @Override
    public List<TrialSummary> list(String query) {
        return store.list(query);
    }

    @Override
    public Optional<Trial> load(String trialIdOrRegistryId) {
        return store.load(trialIdOrRegistryId);
    }
}
