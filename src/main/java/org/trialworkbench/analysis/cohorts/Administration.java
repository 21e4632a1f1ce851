package org.trialworkbench.analysis.cohorts;

import org.trialworkbench.model.Offset;

/**
 * How often a dose is given, as read from text. {@code count} is the number of administrations per
 * participant (null when the text gives only a frequency such as "Q3W" or "twice daily" without a
 * duration); {@code interval} the time between administrations (null when not stated);
 * {@code route} e.g. "intravenous" (null when not stated); {@code text} the words the count was read
 * from (null when no count).
 */
public record Administration(Integer count, Offset interval, String route, String text) {
    public static final Administration NONE = new Administration(null, null, null, null);

    public Administration withRoute(String newRoute) {
        return new Administration(count, interval, newRoute, text);
    }
}
