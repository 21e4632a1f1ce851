package org.trialworkbench.analysis.text;

/**
 * ASCII char classes as the readers' patterns see them, for cheap pre-checks before a costly pattern.
 * Case folding as {@code Pattern.CASE_INSENSITIVE} does it without {@code UNICODE_CASE}: only the
 * ASCII letters A-Z. A folded text has the same length and indices as the original, so a position
 * found in it (a cheap pre-check with {@code indexOf}) is a position in the original.
 */
public final class AsciiCase {
    private AsciiCase() {
    }

    /** The text with A-Z lowered and every other char unchanged. */
    public static String lower(String text) {
        int i = 0;
        while (i < text.length() && !isUpper(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            if (isUpper(chars[i])) {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** The char lowered if it is A-Z. */
    public static char lower(char c) {
        return isUpper(c) ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** True for the chars {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Where a number may start at or after {@code from}: the next ASCII digit or '.', or -1. */
    public static int nextDigitOrPoint(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '.') {
                return i;
            }
        }
        return -1;
    }
}
