package org.trialworkbench.ui.eligibility;

/**
 * A selected cell of the eligibility grid: the row, the trial (column) and which of the cell's
 * entries (a cell may hold several thresholds of one trial; 0 when it holds one or none).
 */
public record CellSelection(String rowKey, String trialId, int entryIndex) {
}
