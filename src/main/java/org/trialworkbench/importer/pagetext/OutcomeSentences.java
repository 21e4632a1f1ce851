package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph listing several outcome measures into one measure each: at sentence ends
 * (". " before a capital) and where measures are glued without punctuation ("Overall survival
 * Incidence of adverse events"): a capitalized word from {@code outcome-item-starts.txt} right
 * after a lower-case word starts a new measure. A final period is dropped from each measure.
 */
final class OutcomeSentences {
    private static final Set<String> ITEM_STARTS = Set.copyOf(Resources.lines("outcome-item-starts.txt"));

    private OutcomeSentences() {
    }

    static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        if (paragraph == null) {
            return out;
        }
        for (String sentence : sentences(paragraph.strip())) {
            out.addAll(splitGlued(sentence));
        }
        return out;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ';') && Character.isWhitespace(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && Character.isUpperCase(text.charAt(j))) {
                    addMeasure(out, text.substring(start, i + 1));
                    start = j;
                    i = j - 1;
                }
            }
        }
        addMeasure(out, text.substring(start));
        return out;
    }

    private static List<String> splitGlued(String sentence) {
        List<String> out = new ArrayList<>();
        String[] words = sentence.split(" ");
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String word : words) {
            boolean startsItem = previous != null && !previous.isEmpty() && Character.isLowerCase(previous.charAt(0))
                    && Character.isLetter(previous.charAt(previous.length() - 1)) && ITEM_STARTS.contains(word);
            if (startsItem) {
                addMeasure(out, current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
            previous = word;
        }
        addMeasure(out, current.toString());
        return out;
    }

    private static void addMeasure(List<String> out, String raw) {
        String s = raw.strip();
        if (s.endsWith(".") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
