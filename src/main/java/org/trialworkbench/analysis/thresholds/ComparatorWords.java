package org.trialworkbench.analysis.thresholds;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
        for (String s : new String[] {">=", "=>", "≥", "≧", "greater than or equal to", "more than or equal to",
                "equal to or greater than", "equal to or more than", "higher than or equal to", "at least",
                "a minimum of", "minimum of", "not less than", "no less than", "not below", "no lower than"}) {
            PREFIX.put(s, Comparator.GE);
        }
        for (String s : new String[] {"<=", "=<", "≤", "≦", "less than or equal to", "equal to or less than",
                "lower than or equal to", "at most", "a maximum of", "maximum of", "not exceeding", "not to exceed",
                "not more than", "no more than", "not greater than", "no greater than", "not higher than",
                "not above", "up to"}) {
            PREFIX.put(s, Comparator.LE);
        }
        for (String s : new String[] {">", "＞", "above", "over", "more than", "greater than", "higher than",
                "exceeding", "exceeds", "in excess of"}) {
            PREFIX.put(s, Comparator.GT);
        }
        for (String s : new String[] {"<", "＜", "below", "under", "less than", "lower than", "fewer than"}) {
            PREFIX.put(s, Comparator.LT);
        }
        PREFIX.put("=", Comparator.EQ);
        for (String s : new String[] {"or more", "or greater", "or higher", "or above", "or over", "or older",
                "and over", "and above", "and older", "or longer"}) {
            POSTFIX.put(s, Comparator.GE);
        }
        for (String s : new String[] {"or less", "or lower", "or below", "or fewer", "or under", "or younger",
                "and under", "and below", "and younger"}) {
            POSTFIX.put(s, Comparator.LE);
        }
    }

    /** A comparator ending exactly at the end of the region it is matched in ("is less than "). */
    static final Pattern PREFIX_BEFORE_NUMBER = Pattern.compile(
            "(" + alternation(PREFIX) + ")\\s*(?:(?:of|than)\\s+)?(?:about\\s+|approximately\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A comparator written after the number and its unit ("25 mm/1h or more"). */
    static final Pattern POSTFIX_AFTER_NUMBER = Pattern.compile(
            "\\s*(" + alternation(POSTFIX) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private ComparatorWords() {
    }

    static Comparator prefix(String written) {
        return lookup(PREFIX, written);
    }

    static Comparator postfix(String written) {
        return lookup(POSTFIX, written);
    }

    private static Comparator lookup(Map<String, Comparator> map, String written) {
        String k = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("\\", "").trim();
        return map.get(k);
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
