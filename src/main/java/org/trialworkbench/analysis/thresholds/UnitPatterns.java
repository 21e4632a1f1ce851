package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;

/**
 * The unit spellings as one case-insensitive pattern {@code \s*(spelling|...)}, longest first, and
 * the same alternatives in groups by the chars they can start with, so that a lookup runs only the
 * few spellings that can start at the first non-blank char instead of all of them. Each group keeps
 * the order of the one pattern, and spellings that may start with the same char are in one group,
 * so a group finds exactly what the one pattern finds.
 */
final class UnitPatterns {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String BLANKS = " \t\n\u000B\f\r";
    private final Pattern all;
    /** The group of each char a spelling may start with (and its case variants); empty when any spelling may start anywhere. */
    private final Map<Character, Pattern> groupByFirstChar = new HashMap<>();

    UnitPatterns(Set<String> spellings) {
        List<String> sorted = new ArrayList<>(spellings);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        all = pattern(sorted);
        List<Set<Character>> firsts = sorted.stream().map(UnitPatterns::firstChars).toList();
        if (firsts.contains(null)) {
            return;
        }
        for (List<Integer> group : groups(firsts)) {
            Pattern p = pattern(group.stream().map(sorted::get).toList());
            group.forEach(i -> firsts.get(i).forEach(c -> groupByFirstChar.put(c, p)));
        }
    }

    /** The unit written at {@code from} (after optional blanks), or null; its spelling is group 1. */
    Matcher unitAt(String text, int from) {
        int p = from;
        while (p < text.length() && AsciiCase.isRegexSpace(text.charAt(p))) {
            p++;
        }
        Pattern pattern = p < text.length() && !groupByFirstChar.isEmpty() ? groupFor(text.charAt(p)) : all;
        return pattern == null ? null : lookingAt(pattern, text, from);
    }

    /** {@link #unitAt} with the one pattern of all spellings. */
    Matcher unitAtByOnePattern(String text, int from) {
        return lookingAt(all, text, from);
    }

    private static Matcher lookingAt(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text);
        m.region(from, text.length());
        return m.lookingAt() && m.end(1) > m.start(1) ? m : null;
    }

    /** The one group the char may start a spelling of; null for none; all spellings when several groups may. */
    private Pattern groupFor(char c) {
        Pattern found = null;
        for (char v : variants(c)) {
            Pattern p = groupByFirstChar.get(v);
            if (p != null && found != null && p != found) {
                return all;
            }
            found = p != null ? p : found;
        }
        return found;
    }

    /** Spelling indices in groups whose first chars are disjoint from every other group's, each in order. */
    private static List<List<Integer>> groups(List<Set<Character>> firsts) {
        List<Set<Character>> groupChars = new ArrayList<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < firsts.size(); i++) {
            Set<Character> chars = new HashSet<>(firsts.get(i));
            List<Integer> members = new ArrayList<>(List.of(i));
            for (int g = groups.size() - 1; g >= 0; g--) {
                if (groupChars.get(g).stream().anyMatch(chars::contains)) {
                    chars.addAll(groupChars.remove(g));
                    members.addAll(groups.remove(g));
                }
            }
            members.sort(null);
            groupChars.add(chars);
            groups.add(members);
        }
        return groups;
    }

    /**
     * Every char the spelling's regex may start with, with its case variants; null when everything
     * in it is optional. Follows {@link #spellingRegex}: blanks and '^' are optional.
     */
    private static Set<Character> firstChars(String spelling) {
        Set<Character> chars = new HashSet<>();
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            String starts = c == ' ' ? BLANKS : c == '^' ? "\\^" : c == 'x' && i == 0 ? "x×*⋅·"
                    : c == 'µ' ? "µμum" : c == '/' ? BLANKS + "/" : String.valueOf(c);
            for (char s : starts.toCharArray()) {
                chars.addAll(variants(s));
            }
            if (c != ' ' && c != '^') {
                return chars;
            }
        }
        return null;
    }

    /** The char and the chars case-insensitive matching may take it for. */
    private static List<Character> variants(char c) {
        char upper = Character.toUpperCase(c);
        return List.of(c, upper, Character.toLowerCase(c), Character.toLowerCase(upper));
    }

    private static Pattern pattern(List<String> spellings) {
        StringBuilder sb = new StringBuilder("\\s*(");
        for (int i = 0; i < spellings.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(spellingRegex(spellings.get(i)));
        }
        return Pattern.compile(sb.append(")").toString(), FLAGS);
    }

    /** Blanks match any whitespace, x any multiplication sign, µ any micro spelling, ^ is optional. */
    private static String spellingRegex(String spelling) {
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            if (c == ' ') {
                sb.append("\\s*");
            } else if (c == 'x' && i == 0) {
                sb.append("[x×*⋅·]");
            } else if (c == 'µ') {
                sb.append("(?:µ|μ|u|mc)");
            } else if (c == '/') {
                sb.append("\\s*/\\s*");
            } else if (c == '^') {
                sb.append("\\\\?\\^?");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        char last = spelling.charAt(spelling.length() - 1);
        if (Character.isLetterOrDigit(last)) {
            sb.append("(?![\\p{L}\\p{N}/])"); // "mg" is not the start of "mg/mL"
        }
        return sb.append(")").toString();
    }
}
