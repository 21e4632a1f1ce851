package org.trialworkbench.model.comparison;

import java.util.List;

/**
 * One reading in a cell: what is shown ({@code display}, normalized to the row's unit), the
 * criterion it came from ({@code criterionKey}, null for demographic fields) with its full
 * {@code sourceText}, the exact {@code span} read, and flags (UNIT_IMPLAUSIBLE ...).
 */
public record CellEntry(String display, String criterionKey, String sourceText, String span, List<String> flags) {
    public CellEntry {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
