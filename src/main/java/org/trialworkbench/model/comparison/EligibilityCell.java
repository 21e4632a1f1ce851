package org.trialworkbench.model.comparison;

import java.util.List;

/** What one trial states for a row; empty entries mean the trial does not state it. */
public record EligibilityCell(String trialId, List<CellEntry> entries, Verdict verdict) {
    public EligibilityCell {
        entries = List.copyOf(entries);
    }

    public boolean stated() {
        return !entries.isEmpty();
    }

    /** How this trial's limit compares with the others' in the row. */
    public enum Verdict { NONE, STRICTEST, LOOSEST, SAME }
}
