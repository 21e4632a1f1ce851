package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical parameters and their synonyms ({@code parameters.csv}, {@code synonyms.csv}), names
 * that are not parameters ({@code not-parameters.csv}), and the search for parameter names in a text.
 */
final class ParameterCatalog {
    /**
     * The parameter of a name that only looks like one ({@code not-parameters.csv}: "histologic grade",
     * "Gleason grade"): found like a synonym so that its words are taken, but it limits nothing.
     */
    static final String NOT_A_PARAMETER = "";
    private final Map<String, ParameterInfo> parameters = new HashMap<>();
    private final Map<String, List<Synonym>> byPrefix = new HashMap<>();
    /** {@link #byPrefix} for two ASCII chars, by {@link #asciiPair}: no substring at every word start. */
    private final List<List<Synonym>> byAsciiPrefix = new ArrayList<>(Collections.nCopies(128 * 128, null));

    ParameterCatalog() {
        for (String[] r : DataTables.rows("parameters.csv", 5)) {
            parameters.put(r[0], new ParameterInfo(r[0], blankToNull(r[1]), Double.parseDouble(r[2]),
                    Double.parseDouble(r[3]), blankToNull(r[4])));
        }
        for (String[] r : DataTables.rows("synonyms.csv", 3)) {
            if (!parameters.containsKey(r[0])) {
                throw new IllegalStateException("synonym for unknown parameter " + r[0]);
            }
            String prefix = r[1].substring(0, 2).toLowerCase(Locale.ROOT);
            byPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(synonym(r[0], r[1], r[2].equals("s")));
        }
        for (String[] r : DataTables.rows("not-parameters.csv", 1)) {
            byPrefix.computeIfAbsent(r[0].substring(0, 2).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(synonym(NOT_A_PARAMETER, r[0], false));
        }
        byPrefix.values().forEach(list -> list.sort(Comparator.comparingInt(Synonym::length).reversed()));
        byPrefix.forEach((prefix, list) -> {
            if (prefix.length() == 2 && prefix.charAt(0) < 128 && prefix.charAt(1) < 128) {
                byAsciiPrefix.set(asciiPair(prefix.charAt(0), prefix.charAt(1)), list);
            }
        });
    }

    private static int asciiPair(char first, char second) {
        return first << 7 | second;
    }

    ParameterInfo info(String parameter) {
        return parameters.get(parameter);
    }

    /** All parameter names in the text, left to right, the longest one where names overlap. */
    List<Mention> mentions(String text) {
        List<Mention> kept = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Mention m = startingAt(text, i);
            if (m != null) {
                kept.add(m);
                i = m.end();
            } else {
                i = nextWordStartCandidate(text, i);
            }
        }
        return kept;
    }

    /** Past {@code i} and the rest of the word it starts: no name starts inside a word. */
    private static int nextWordStartCandidate(String text, int i) {
        int next = i + 1;
        if (letterOrDigit(text.charAt(i))) {
            while (next < text.length() && letterOrDigit(text.charAt(next))) {
                next++;
            }
        }
        return next;
    }

    /** {@link Character#isLetterOrDigit(char)}, without its table lookup for ASCII. */
    private static boolean letterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * The longest synonym starting at a word start. Synonyms are indexed by their first two
     * characters, so each position tries only a handful of them: linear in the text length.
     */
    private Mention startingAt(String text, int i) {
        if (!letterOrDigit(text.charAt(i)) || i > 0 && letterOrDigit(text.charAt(i - 1))
                || i + 1 >= text.length()) {
            return null;
        }
        char first = text.charAt(i);
        char second = text.charAt(i + 1);
        List<Synonym> candidates = first < 128 && second < 128
                ? byAsciiPrefix.get(asciiPair(asciiLower(first), asciiLower(second)))
                : byPrefix.get(text.substring(i, i + 2).toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        for (Synonym s : candidates) {
            int end = s.matchEnd(text, i);
            if (end > 0) {
                // "%FVC", "%DLCO": the percent sign belongs to the name
                int start = i > 0 && text.charAt(i - 1) == '%' ? i - 1 : i;
                return new Mention(start, end, s.parameter());
            }
        }
        return null;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A synonym; a blank in it matches any run of whitespace, and it must end at a word end. */
    private record Synonym(String parameter, String written, boolean caseSensitive) {
        int matchEnd(String text, int from) {
            int t = from;
            for (int k = 0; k < written.length(); k++) {
                char c = written.charAt(k);
                if (c == ' ') {
                    int blanks = t;
                    while (t < text.length() && Character.isWhitespace(text.charAt(t))) {
                        t++;
                    }
                    if (t == blanks) {
                        return -1;
                    }
                } else if (t >= text.length() || !same(c, text.charAt(t++))) {
                    return -1;
                }
            }
            return t < text.length() && letterOrDigit(text.charAt(t)) ? -1 : t;
        }

        private boolean same(char a, char b) {
            if (a == b) {
                return true;
            }
            if (caseSensitive) {
                return false;
            }
            return a < 128 && b < 128 ? asciiLower(a) == asciiLower(b) : Character.toLowerCase(a) == Character.toLowerCase(b);
        }

        int length() {
            return written.length();
        }
    }

    private static Synonym synonym(String parameter, String written, boolean caseSensitive) {
        return new Synonym(parameter, written, caseSensitive);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
