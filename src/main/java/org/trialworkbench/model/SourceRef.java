package org.trialworkbench.model;

import java.time.Instant;

/**
 * Where a trial's values came from: the importer (format), the file (and archive entry as
 * {@code file!entry}; a record among several in it as {@code file#location}), the SHA-256 of the record's
 * raw bytes and when it was imported.
 */
public record SourceRef(String format, String file, String sha256, Instant importedAt) {
    public SourceRef {
        Values.require(format, "format");
        Values.require(file, "file");
        Values.require(sha256, "sha256");
        Values.require(importedAt, "importedAt");
    }
}
