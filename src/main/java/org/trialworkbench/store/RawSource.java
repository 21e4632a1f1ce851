package org.trialworkbench.store;

import org.trialworkbench.model.SourceRef;

/** A source with its raw record bytes, decompressed, exactly as imported. */
public record RawSource(SourceRef ref, int importerVersion, byte[] raw) {
}
