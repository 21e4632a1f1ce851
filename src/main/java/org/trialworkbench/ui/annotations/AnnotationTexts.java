package org.trialworkbench.ui.annotations;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.trialworkbench.model.Annotation;

/** How annotations read in the side pane, and which comparison tab shows a target. */
final class AnnotationTexts {
    static final String ELIGIBILITY_TAB = "eligibilityTab";
    static final String OUTCOME_TAB = "outcomeTab";
    static final String COHORTS_TAB = "cohortsTab";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private AnnotationTexts() {
    }

    /** "criterion I2", "outcome P1", "field eligibility.minimumAge", "the whole trial". */
    static String target(String target) {
        if ("trial".equals(target)) {
            return "the whole trial";
        }
        int colon = target.indexOf(':');
        return colon < 0 ? target : target.substring(0, colon) + " " + target.substring(colon + 1);
    }

    /** "created 2026-11-22 01:30" or "created … · edited …", in the given zone. */
    static String dates(Annotation a, ZoneId zone) {
        String created = "created " + WHEN.format(a.createdAt().atZone(zone));
        Instant updated = a.updatedAt();
        return updated == null ? created : created + " · edited " + WHEN.format(updated.atZone(zone));
    }

    /** The tag as shown: the tag, or "no tag". */
    static String tag(Annotation a) {
        return a.tag() == null || a.tag().isBlank() ? "no tag" : a.tag();
    }

    /** The id of the comparison tab that shows the target; null when no tab does (the whole trial). */
    static String tabOf(String target) {
        int colon = target.indexOf(':');
        String kind = colon < 0 ? target : target.substring(0, colon);
        return switch (kind) {
            case "criterion", "field" -> ELIGIBILITY_TAB;
            case "outcome" -> OUTCOME_TAB;
            case "cohort", "arm", "intervention" -> COHORTS_TAB;
            default -> null;
        };
    }
}
