package org.trialworkbench.ui.eligibility;

/** A compared trial as a grid column: its id and a title short enough for a header. */
public record EligibilityColumn(String trialId, String title, String shortTitle) {
    private static final int SHORT_TITLE_LENGTH = 70;

    static EligibilityColumn of(String trialId, String title) {
        String t = title == null ? "" : title.strip();
        String shortTitle = t.length() <= SHORT_TITLE_LENGTH ? t : t.substring(0, SHORT_TITLE_LENGTH - 1).strip() + "…";
        return new EligibilityColumn(trialId, t, shortTitle);
    }
}
