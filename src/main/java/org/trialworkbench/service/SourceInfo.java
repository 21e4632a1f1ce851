package org.trialworkbench.service;

import java.time.Instant;
import java.util.List;

/**
 * One source of a stored trial, for the reviewer: where it came from, which importer version read
 * it, and which fields of the merged trial it states (from the trial's provenance, which names
 * sources by file).
 *
 * @param format          the importer's format name, e.g. {@code ctgov-tabular-text}
 * @param file            the file (or {@code archive!entry}) the record was read from
 * @param sha256          SHA-256 of the record's raw bytes; identifies the source
 * @param importedAt      when it was imported
 * @param importerVersion the importer version that read it; 0 when the bytes are an export record
 *                        (a trial restored from a workbench export), which cannot be read apart
 * @param fieldsProvided  the merged trial's fields this source states, e.g. {@code enrollment}
 */
public record SourceInfo(String format, String file, String sha256, Instant importedAt, int importerVersion,
                         List<String> fieldsProvided) {
    public SourceInfo {
        fieldsProvided = List.copyOf(fieldsProvided);
    }
}
