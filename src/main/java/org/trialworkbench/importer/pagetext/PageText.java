package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the page readers. */
final class PageText {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");
    private static final Pattern COUNT_SUFFIX = Pattern.compile("\\(\\d{1,6}\\)\\s*$");

    /** Longer values are never an "absent" marker; saves normalizing long texts. */
    private static final int MAX_ABSENT_MARKER = 40;

    private PageText() {
    }

    /** Lower case, punctuation and underscores as single spaces, a trailing "(3)" count dropped. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String t = COUNT_SUFFIX.matcher(s).replaceAll("");
        return NON_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The lines of a text, stripped, blank lines dropped. */
    static List<String> nonBlankLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** "- value" or "• value" → "value"; other lines unchanged ("* " bullets of texts are kept). */
    static String unbullet(String line) {
        return line.startsWith("- ") || line.startsWith("\u2022 ") ? line.substring(2).strip() : line;
    }

    /** "Sexes Eligible for Study: All" → "All": the value after a short inner label, if any. */
    static String afterInnerLabel(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        return colon > 0 && colon < 40 ? value.substring(colon + 1).strip() : value;
    }

    /** True for "Not Provided", "None", "N/A" and the like: the source states nothing. */
    static boolean isAbsent(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return value.length() <= MAX_ABSENT_MARKER && Vocabulary.get().lookup("absent", value) != null;
    }

    /** The value, or null when it is blank or an "absent" marker. */
    static String presentOrNull(String value) {
        return isAbsent(value) ? null : value.strip();
    }

    /** True when the text contains at least one letter of the Hiragana, Katakana or CJK blocks. */
    static boolean hasJapanese(String s) {
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(s.charAt(i));
            if (b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
                    || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a document head looks like human text: not empty, not JSON or XML/HTML markup,
     * and almost free of control characters (binary files are full of them).
     */
    static boolean looksLikePlainText(String trimmedHead) {
        if (trimmedHead.isEmpty()) {
            return false;
        }
        char c = trimmedHead.charAt(0);
        if (c == '{' || c == '[' || c == '<') {
            return false;
        }
        int control = 0;
        int n = Math.min(trimmedHead.length(), 8192);
        for (int i = 0; i < n; i++) {
            char ch = trimmedHead.charAt(i);
            if ((ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t') || ch == '\uFFFD') {
                control++;
            }
        }
        return control * 100 <= n;
    }
}
