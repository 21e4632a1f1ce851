package org.trialworkbench.service;

import org.trialworkbench.model.Trial;
import org.trialworkbench.store.H2Store;

/** Loading a trial a reviewer works on; an unknown id is the caller's error. */
final class StoredTrials {
    private StoredTrials() {
    }

    static Trial load(H2Store store, String trialIdOrRegistryId) {
        return store.load(trialIdOrRegistryId).orElseThrow(() ->
                new IllegalArgumentException("no stored trial has the id " + trialIdOrRegistryId));
    }
}
