package org.trialworkbench.model;

import java.util.List;

/**
 * A time frame read as assessments; {@code unreadParts} are pieces that were not understood.
 *
 * <p>{@code fromMeasure} is null for a reading of the outcome's time frame. When the registry states
 * no time frame and the measure's own words give the time ("… at Month 6, 12 and 18"), it holds
 * those words ("Month 6, 12 and 18"): the reading's source, shown next to it wherever it is shown.
 */
public record Schedule(List<Offset> timePoints, Recurrence recurrence, List<String> unreadParts, String fromMeasure) {
    public Schedule {
        timePoints = Values.copy(timePoints);
        unreadParts = Values.copy(unreadParts);
        if (fromMeasure != null && fromMeasure.isBlank()) {
            fromMeasure = null;
        }
    }

    /** A reading of the outcome's time frame. */
    public Schedule(List<Offset> timePoints, Recurrence recurrence, List<String> unreadParts) {
        this(timePoints, recurrence, unreadParts, null);
    }

    /** True when this schedule was read from the measure's words, the registry stating no time frame. */
    public boolean readFromMeasure() {
        return fromMeasure != null;
    }
}
