package org.trialworkbench.ui.compare;

import java.util.List;

/** What a comparison panel shows: one header per compared trial and the aligned rows. */
public record ComparisonTable(List<ComparedColumn> columns, List<ComparisonRow> rows) {
    public ComparisonTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
