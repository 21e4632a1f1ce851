package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;
import org.trialworkbench.model.Comparator;

/**
 * The spellings of comparators: symbols and words written before a number ("≥", "less than",
 * "not exceeding") and after it ("or more", "and over"), each with its exact inclusive/exclusive
 * meaning.
 */
final class ComparatorWords {
    private static final Map<String, Comparator> PREFIX = new LinkedHashMap<>();
    private static final Map<String, Comparator> POSTFIX = new LinkedHashMap<>();

    static {
        for (String s : new String[] {">=", "=>", ">/=", "=/>", "≥", "≧", "greater than or equal to", "more than or equal to",
                "equal to or greater than", "equal to or more than", "higher than or equal to", "at least",
                "a minimum of", "minimum of", "not less than", "no less than", "not below", "no lower than"}) {
            PREFIX.put(s, Comparator.GE);
        }
        for (String s : new String[] {"<=", "=<", "</=", "=/<", "≤", "≦", "less than or equal to", "equal to or less than",
                "lower than or equal to", "at most", "a maximum of", "maximum of", "not exceeding", "not to exceed",
                "not more than", "no more than", "not greater than", "no greater than", "not higher than",
                "not above", "up to"}) {
            PREFIX.put(s, Comparator.LE);
        }
        for (String s : new String[] {">", "＞", "above", "over", "more than", "greater than", "higher than",
                "exceeding", "exceeds", "in excess of", "older than"}) {
            PREFIX.put(s, Comparator.GT);
        }
        for (String s : new String[] {"<", "＜", "below", "under", "less than", "lower than", "fewer than",
                "younger than"}) {
            PREFIX.put(s, Comparator.LT);
        }
        // a bare "=" is not read: in registry exports it is nearly always a lost "≤" or "≥" ("NT-proBNP =1800 pg/mL")
        for (String s : new String[] {"or more", "or greater", "or higher", "or above", "or over", "or older",
                "and over", "and above", "and older", "or longer"}) {
            POSTFIX.put(s, Comparator.GE);
        }
        for (String s : new String[] {"or less", "or lower", "or below", "or fewer", "or under", "or younger",
                "and under", "and below", "and younger"}) {
            POSTFIX.put(s, Comparator.LE);
        }
    }

    /** A comparator written after the number and its unit ("25 mm/1h or more"). */
    static final Pattern POSTFIX_AFTER_NUMBER = Pattern.compile(
            "\\s*(" + alternation(POSTFIX) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private ComparatorWords() {
    }

    /** A comparator written before a number, and where it starts. */
    record Prefix(Comparator comparator, int start) {
    }

    private static final int MAX_WORDS = 6;
    private static final Pattern FILLER_ABOUT = Pattern.compile("(?i)about|approximately");
    private static final Pattern FILLER_OF = Pattern.compile("(?i)of|than");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * The comparator ending just before {@code numberStart} (blanks, "of", "than", "about" may sit
     * between), not reaching before {@code floor}; null if none. Looks at a few words only.
     */
    static Prefix prefixBefore(String text, int numberStart, int floor) {
        int pos = skipBlanks(text, numberStart, floor);
        int symbolEnd = pos;
        while (pos > floor && "<>=≥≤≧≦＞＜\\/".indexOf(text.charAt(pos - 1)) >= 0) {
            pos--;
        }
        if (pos < symbolEnd) {
            Comparator c = lookup(PREFIX, text.substring(pos, symbolEnd));
            return c == null ? null : new Prefix(c, pos);
        }
        List<int[]> words = wordsBefore(text, symbolEnd, floor);
        int last = words.size();
        if (last > 0 && FILLER_ABOUT.matcher(word(text, words.get(last - 1))).matches()) {
            last--;
        }
        for (int k = Math.min(last, MAX_WORDS); k >= 1; k--) {
            int from = words.get(last - k)[0];
            Comparator c = lookup(PREFIX, text.substring(from, words.get(last - 1)[1]));
            if (c == null && k >= 2 && FILLER_OF.matcher(word(text, words.get(last - 1))).matches()) {
                c = lookup(PREFIX, text.substring(from, words.get(last - 2)[1]));
            }
            if (c != null) {
                return new Prefix(c, from);
            }
        }
        return null;
    }

    /** True when the word right before the number (after blanks, "about") is "between". */
    static int betweenBefore(String text, int numberStart, int floor) {
        List<int[]> words = wordsBefore(text, skipBlanks(text, numberStart, floor), floor);
        int last = words.size();
        if (last > 0 && FILLER_ABOUT.matcher(word(text, words.get(last - 1))).matches()) {
            last--;
        }
        return last > 0 && word(text, words.get(last - 1)).equalsIgnoreCase("between") ? words.get(last - 1)[0] : -1;
    }

    /** Up to MAX_WORDS + 2 letter-only words separated by blanks, ending at {@code end}, in text order. */
    private static List<int[]> wordsBefore(String text, int end, int floor) {
        List<int[]> words = new ArrayList<>();
        int pos = end;
        while (words.size() < MAX_WORDS + 2) {
            int wordEnd = pos;
            while (pos > floor && Character.isLetter(text.charAt(pos - 1))) {
                pos--;
            }
            if (pos == wordEnd) {
                break;
            }
            words.add(0, new int[] {pos, wordEnd});
            if (pos > floor && Character.isLetterOrDigit(text.charAt(pos - 1))) {
                break;
            }
            int blanksEnd = pos;
            pos = skipBlanks(text, pos, floor);
            if (pos == blanksEnd) {
                break;
            }
        }
        return words;
    }

    private static int skipBlanks(String text, int pos, int floor) {
        while (pos > floor && Character.isWhitespace(text.charAt(pos - 1))) {
            pos--;
        }
        return pos;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    static Comparator postfix(String written) {
        return lookup(POSTFIX, written);
    }

    private static Comparator lookup(Map<String, Comparator> map, String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        // most spellings have no blanks to collapse: spare them the regex
        String k = (hasBlanksToCollapse(lower) ? BLANKS.matcher(lower).replaceAll(" ") : lower).replace("\\", "").trim();
        return map.get(k);
    }

    /** True when {@link #BLANKS} would change the text: a blank other than ' ', or two in a row. */
    private static boolean hasBlanksToCollapse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (AsciiCase.isRegexSpace(c) && (c != ' ' || i > 0 && s.charAt(i - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Symbols tolerate markdown escapes ("\\>=", "=\\<"); words must stand alone. */
    private static String spellingRegex(String s) {
        if (Character.isLetter(s.charAt(0))) {
            return "(?<![\\p{L}])" + Pattern.quote(s).replace(" ", "\\E\\s+\\Q");
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append("\\\\?").append(Pattern.quote(String.valueOf(c)));
        }
        return sb.toString();
    }

    private static String alternation(Map<String, Comparator> map) {
        return map.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(ComparatorWords::spellingRegex)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
