package org.trialworkbench.store;

import org.trialworkbench.model.SourceRef;

/** A stored source record: the trial it belongs to and the importer version that read it. */
public record StoredSource(String trialId, SourceRef ref, int importerVersion) {
}
