package org.trialworkbench.analysis.cohorts;

import org.trialworkbench.model.Quantity;

/**
 * A dose found in text: the value (a plain double, 1x10E6 is {@code 1.0E6}) with its canonical unit
 * ("cells/kg", "mg/m2", "ug", "Gy" ...), the text as written and where it was found.
 */
public record DoseMatch(Quantity quantity, String text, int start, int end) {
}
