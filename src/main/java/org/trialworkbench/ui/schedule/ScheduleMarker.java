package org.trialworkbench.ui.schedule;

/**
 * One assessment as drawn: {@code x} from 0 (baseline) to 1 (end of the axis in use) on the
 * {@link org.trialworkbench.model.comparison.TimeScale}, its day, its label and whether it comes
 * from a recurrence (drawn as a diamond) or a stated time point (a circle).
 */
public record ScheduleMarker(double x, double day, String label, boolean recurring) {
}
