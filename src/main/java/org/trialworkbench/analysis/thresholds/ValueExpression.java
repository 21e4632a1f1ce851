package org.trialworkbench.analysis.thresholds;

import java.util.List;
import org.trialworkbench.model.Comparator;

/**
 * A comparator with its number(s) and written unit, found at [start, end) of a criterion text,
 * before any parameter is attached. {@code unit} is null when none is written; {@code flags}
 * carries what the scanner itself noticed (e.g. an ambiguous comparator). {@code inner} is the
 * parameter name written between the comparator and the number ("≤ Grade 1", "above the age of
 * 18"), else null; {@code enumerated} marks consecutive whole numbers read as a range ("ECOG 0 or
 * 1"), which only a score may take; {@code ageWording} marks a comparator that only an age has
 * ("older than", "or younger").
 */
record ValueExpression(int start, int end, Comparator comparator, double value, Double upper,
                       String unit, boolean percentPredicted, boolean commaComparator, List<String> flags,
                       Mention inner, boolean enumerated, boolean ageWording) {
}
