package org.trialworkbench.ui.cohorts;

import org.trialworkbench.ui.SelectedTarget;

/**
 * One plotted dose.
 *
 * @param x       the cohort's sequence, nudged a little per trial so that equal doses of two trials stay visible
 * @param y       the plotted value: the dose, or its log10 on a log-scale axis
 * @param dose    the dose itself, in the group's unit
 * @param label   the hover text ("local-1 C2: 1×10⁶ cells/kg × 2 = 2×10⁶ cells/kg")
 */
public record DosePoint(String cohortKey, int sequence, double x, double y, double dose, String label,
                        SelectedTarget target) {
}
