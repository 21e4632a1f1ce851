package org.trialworkbench.model.comparison;

/**
 * One assessment on the time axis, in days from baseline. {@code recurring} marks points that
 * come from a recurrence ("every 3 months") rather than from a stated time point.
 */
public record AssessmentMarker(double day, String label, boolean recurring) {
}
