package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits list items that a page rendered without separators: "Systemic SclerosisMesenchymal Stem
 * Cells" → "Systemic Sclerosis", "Mesenchymal Stem Cells". A split is made where a run of at least
 * three lower-case letters is directly followed by a capital that starts a capitalized word
 * (capital then lower case), so "McDonald", "eGFR", "IgG" and "HbA1c" stay whole.
 */
final class GluedWords {
    private static final int MIN_LOWER_RUN = 3;

    private GluedWords() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int lowerRun = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean boundary = lowerRun >= MIN_LOWER_RUN && Character.isUpperCase(c)
                    && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
            if (boundary) {
                add(out, text.substring(start, i));
                start = i;
            }
            lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
