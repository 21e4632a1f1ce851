package org.trialworkbench.model;

import java.util.List;

/** A time frame read as assessments; {@code unreadParts} are pieces that were not understood. */
public record Schedule(List<Offset> timePoints, Recurrence recurrence, List<String> unreadParts) {
    public Schedule {
        timePoints = Values.copy(timePoints);
        unreadParts = Values.copy(unreadParts);
    }
}
