package org.trialworkbench.analysis.thresholds;

import java.util.regex.Pattern;

/**
 * A value that is a change, not a level: "≥ 5 mm absolute increase", "a decline in GFR of &gt; 30%".
 * Such a number does not limit the parameter itself, so it is not read.
 */
final class ChangeWords {
    private static final String CHANGE = "(?:increase|decrease|decline|reduction|rise|drop|fall|change|improvement)s?";
    private static final Pattern AFTER = Pattern.compile(
            "\\s*(?:\\([^()\\d]{0,12}\\)\\s*)?(?:absolute\\s+|relative\\s+)?" + CHANGE + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}])" + CHANGE + "\\s+(?:in|of)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final int WINDOW = 30;

    private ChangeWords() {
    }

    /** True when a change word follows the value or introduces the parameter name at {@code spanStart}. */
    static boolean isChange(String text, ValueExpression e, int spanStart) {
        if (AFTER.matcher(text).region(e.end(), text.length()).lookingAt()) {
            return true;
        }
        return BEFORE.matcher(text).region(Math.max(0, spanStart - WINDOW), spanStart).find();
    }
}
