package org.trialworkbench.service;

/** Counts of what an import did. */
public record ImportReport(int imported, int updated, int merged, int unchanged, int failed, int warnings,
                           boolean cancelled) {

    public int stored() {
        return imported + updated + merged;
    }

    public String summaryLine() {
        return String.format("%d imported, %d updated, %d merged, %d unchanged, %d failed, %d warnings%s",
                imported, updated, merged, unchanged, failed, warnings, cancelled ? " (cancelled)" : "");
    }
}
