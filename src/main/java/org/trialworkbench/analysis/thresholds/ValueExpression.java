package org.trialworkbench.analysis.thresholds;

import java.util.List;
import org.trialworkbench.model.Comparator;

/**
 * A comparator with its number(s) and written unit, found at [start, end) of a criterion text,
 * before any parameter is attached. {@code unit} is null when none is written; {@code flags}
 * carries what the scanner itself noticed (e.g. an ambiguous comparator).
 */
record ValueExpression(int start, int end, Comparator comparator, double value, Double upper,
                       String unit, boolean percentPredicted, boolean commaComparator, List<String> flags) {
}
