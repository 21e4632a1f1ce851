package org.trialworkbench.model.comparison;

import java.util.List;
import org.trialworkbench.model.CriterionKind;

/**
 * One line of the eligibility comparison: a label, the criterion kind (null for demographic
 * rows), the unit every cell is shown in, one cell per compared trial in the comparison's order,
 * and whether the trials differ on it.
 */
public record EligibilityRow(String key, RowKind kind, String label, CriterionKind criterionKind, String unit,
                             List<EligibilityCell> cells, boolean differs) {
    public EligibilityRow {
        cells = List.copyOf(cells);
    }
}
