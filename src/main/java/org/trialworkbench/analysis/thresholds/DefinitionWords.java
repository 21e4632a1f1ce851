package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static boolean startsWithAny(String word, List<String> stems) {
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
