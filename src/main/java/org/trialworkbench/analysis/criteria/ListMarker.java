package org.trialworkbench.analysis.criteria;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list marker at the start of a line or inside a paragraph: bullets ("-", "*", "•"), numbers
 * ("1.", "1)", "(4)"), letters ("a)", "(b)", "C.") and roman numerals ("ii.", "(iv)").
 * {@code style} tells the lists apart ("num.", "alpha)", "roman()", "bullet*"); {@code ordinal}
 * is the position the marker states (0 for bullets); {@code length} covers the marker and the
 * blanks after it. A lone "i", "v" or "x" is read as roman; {@link #asLetter()} re-reads it.
 * A number glued to a capitalised first word ("1.Aged =18 years", "7 .Previous", EU CTR pages) is a
 * "num." marker: written so on every line of a list, unmarked, the list's sub-lines were torn from
 * their lead-ins. (A bullet glued to a word is no marker: see {@link CriteriaReader}.)
 */
record ListMarker(String style, int ordinal, int length, String label) {
    private static final String LABEL = "(?:\\d{1,2}|[a-zA-Z]|(?i:viii|vii|iii|ii|iv|vi|ix))";
    private static final Pattern AT_START = Pattern.compile(
            "(?<bullet>[-*•·‣◦▪●○–—])\\s+|\\((?<plabel>" + LABEL + ")\\)\\s+|(?<label>" + LABEL + ")(?<close>[.)])\\s+"
            + "|(?<glued>\\d{1,2})\\s?\\.(?=\\p{Lu})");
    private static final Pattern ROMAN = Pattern.compile("(?i)viii|vii|iii|ii|iv|vi|ix|i|v|x");

    /** The marker at the very start of {@code s}, or null. */
    static ListMarker at(CharSequence s) {
        Matcher m = AT_START.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group("bullet") != null) {
            return new ListMarker("bullet" + m.group("bullet"), 0, m.end(), m.group("bullet"));
        }
        if (m.group("glued") != null) {
            String label = m.group("glued");
            return new ListMarker("num.", Integer.parseInt(label), m.end(), label);
        }
        String label = m.group("plabel") != null ? m.group("plabel") : m.group("label");
        String punct = m.group("plabel") != null ? "()" : m.group("close");
        return new ListMarker(kindOf(label) + punct, ordinal(label), m.end(), label);
    }

    boolean numeric() {
        return style.startsWith("num");
    }

    boolean couldBeLetter() {
        return label.length() == 1 && style.toLowerCase().startsWith("roman");
    }

    /** The same marker read as a letter ("i." after "h."). */
    ListMarker asLetter() {
        String kind = Character.isUpperCase(label.charAt(0)) ? "ALPHA" : "alpha";
        String punct = style.substring(5);
        return new ListMarker(kind + punct, Character.toLowerCase(label.charAt(0)) - 'a' + 1, length, label);
    }

    private static String kindOf(String label) {
        if (Character.isDigit(label.charAt(0))) {
            return "num";
        }
        if (ROMAN.matcher(label).matches()) {
            return Character.isUpperCase(label.charAt(0)) ? "ROMAN" : "roman";
        }
        return Character.isUpperCase(label.charAt(0)) ? "ALPHA" : "alpha";
    }

    private static int ordinal(String label) {
        if (Character.isDigit(label.charAt(0))) {
            return Integer.parseInt(label);
        }
        if (ROMAN.matcher(label).matches()) {
            return switch (label.toLowerCase()) {
                case "i" -> 1; case "ii" -> 2; case "iii" -> 3; case "iv" -> 4; case "v" -> 5; case "vi" -> 6;
                case "vii" -> 7; case "viii" -> 8; case "ix" -> 9; default -> 10;
            };
        }
        return Character.toLowerCase(label.charAt(0)) - 'a' + 1;
    }
}
