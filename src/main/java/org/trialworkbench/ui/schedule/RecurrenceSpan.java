package org.trialworkbench.ui.schedule;

/**
 * The thin line along a recurrence, from its first assessment to its end ({@code fromX}, {@code toX}
 * from 0 to 1). {@code endStated} is false when the time frame gives no end and the line runs to
 * the trial's horizon instead (drawn dashed).
 */
public record RecurrenceSpan(double fromX, double toX, boolean endStated) {
}
