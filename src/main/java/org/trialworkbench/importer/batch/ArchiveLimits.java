package org.trialworkbench.importer.batch;

/**
 * Limits that make zip bombs harmless. The biggest real ClinicalTrials.gov study is ~3.6 MB of
 * JSON and registry text compresses ~5-20:1, so these leave real archives untouched.
 */
public record ArchiveLimits(long maxEntryBytes, long maxTotalBytes, int maxEntries, int maxRatio) {
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(
            512L * 1024 * 1024, 32L * 1024 * 1024 * 1024, 2_000_000, 200);
}
