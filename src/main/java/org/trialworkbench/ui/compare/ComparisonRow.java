package org.trialworkbench.ui.compare;

import java.util.List;

/**
 * One aligned row of a comparison panel: a label and one value per compared trial (in column
 * order; {@link org.trialworkbench.ui.Texts#MISSING} where a trial has nothing).
 */
public record ComparisonRow(String section, String label, List<String> values) {
    public ComparisonRow {
        values = List.copyOf(values);
    }

    /** True when at least two trials are compared and their values are not all the same. */
    public boolean differs() {
        return values.size() > 1 && values.stream().distinct().count() > 1;
    }
}
