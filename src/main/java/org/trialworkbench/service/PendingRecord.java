package org.trialworkbench.service;

import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;

/**
 * A record read and analysed, waiting for its batch to be stored. {@code snapshot} is true for a
 * trial restored from a workbench export: it arrives merged, with its own sources and annotations.
 * {@code file} is the file as the import named it, for the import's lines; the source's name may add
 * the record's place in it ({@link org.trialworkbench.importer.ParsedRecord#sourceName}).
 */
record PendingRecord(Trial trial, SourceRef source, int importerVersion, byte[] raw, boolean snapshot,
                     java.util.List<ImportEvent> warnings, String file) {
}
