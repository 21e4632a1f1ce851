package org.trialworkbench.analysis.thresholds;

import java.util.regex.Pattern;

/**
 * Words after a value that make it relative to the normal range: "≤1.5 times institutional upper
 * limit of normal", "≤ 2.5 times greater than the upper limit of normal", "< 2.5x normal". When such
 * words follow a value whose unit was not understood, the value is a multiple of a normal limit, so
 * no absolute unit may be offered for it (a bare "≤ 2.5" alkaline phosphatase is not 2.5 U/L).
 */
final class NormalLimitWords {
    /**
     * An optional multiplication sign (or a '?' a lost one became), then only words ("times greater than
     * the", "institutional"), then a normal-limit word: no number, unit or clause break in between.
     */
    private static final Pattern FOLLOWING = Pattern.compile(
            "\\s*(?:[x×*⋅·?]|times)?[\\p{L}\\s()]{0,40}?(?<![\\p{L}])(?:upper|lower|ULN|UNL|IULN|LLN|normal)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NormalLimitWords() {
    }

    /** True when a normal-limit word follows {@code end} after at most a multiplication sign and a few words. */
    static boolean follow(String text, int end) {
        return FOLLOWING.matcher(text).region(end, text.length()).lookingAt();
    }
}
