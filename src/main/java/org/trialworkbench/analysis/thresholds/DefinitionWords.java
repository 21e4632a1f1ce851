package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;

/**
 * Sentences that define a category of person by a limit ({@code definition-cues.csv}):
 * "Post-menopausal defined as aged more than 50 years". Such a limit says who belongs to the
 * category, not who may enrol: it is read as written and flagged DEFINITION.
 */
final class DefinitionWords {
    private static final Pattern SENTENCE_END = Pattern.compile("[.;](?:\\s|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    private final List<String> defining = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();

    DefinitionWords() {
        for (String[] r : DataTables.rows("definition-cues.csv", 2)) {
            (r[0].equals("defining") ? defining : categories).add(r[1].toLowerCase(Locale.ROOT));
        }
    }

    /** True when the sentence holding {@code pos} has both a defining word and a category word. */
    boolean inDefinition(String text, int pos) {
        int start = 0;
        int end = text.length();
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (m.end() <= pos) {
                start = m.end();
            } else {
                end = m.start();
                break;
            }
        }
        if (!mayHoldBoth(text.substring(start, end))) {
            return false;
        }
        boolean defines = false;
        boolean category = false;
        Matcher w = WORD.matcher(text).region(start, end);
        while (w.find() && !(defines && category)) {
            String word = w.group().toLowerCase(Locale.ROOT);
            defines |= startsWithAny(word, defining);
            category |= startsWithAny(word, categories);
        }
        return defines && category;
    }

    /**
     * False when an ASCII sentence holds no defining stem or no category stem anywhere: then no word
     * of it starts with one, and its words need not be looked at. Other sentences may hold both.
     */
    private boolean mayHoldBoth(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) >= 128) {
                return true; // lower-casing a word alone may differ from lower-casing the sentence
            }
        }
        String lower = AsciiCase.lower(sentence);
        return containsAny(lower, defining) && containsAny(lower, categories);
    }

    private static boolean containsAny(String text, List<String> stems) {
        for (String stem : stems) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String word, List<String> stems) {
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
