package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.List;

/**
 * A field that ICTRP exports as the same text several times over. Older ClinicalTrials.gov records in the
 * export carry their whole eligibility text four times ("Inclusion Criteria: … Exclusion Criteria: …" and
 * again, the copies joined by a line holding only ";"), and their intervention list likewise: read as
 * written, every criterion appears four times. A text that is nothing but k identical copies (k of 2 or
 * more), joined by such ";" lines or not, is one copy.
 */
final class RepeatedText {
    /** The text once, and how many copies the field held (1 when it does not repeat). */
    record Once(String text, int copies) {
    }

    private RepeatedText() {
    }

    /** The cleaned text once; null stays null. */
    static Once once(String cleaned) {
        if (cleaned == null) {
            return new Once(null, 1);
        }
        List<String> lines = RegistryText.lines(cleaned).stream().filter(l -> !l.equals(";")).toList();
        for (int copies = lines.size() / 2; copies >= 2; copies--) {
            if (lines.size() % copies == 0 && repeats(lines, lines.size() / copies)) {
                return new Once(firstLines(cleaned, lines.size() / copies), copies);
            }
        }
        return new Once(cleaned, 1);
    }

    // the copy's lines are compared without the ";" lines that join copies
    private static boolean repeats(List<String> lines, int period) {
        for (int i = period; i < lines.size(); i++) {
            if (!lines.get(i).equals(lines.get(i - period))) {
                return false;
            }
        }
        return true;
    }

    /** The text up to its {@code count}-th non-blank line, blank lines inside kept. */
    private static String firstLines(String cleaned, int count) {
        List<String> kept = new ArrayList<>();
        int nonBlank = 0;
        for (String line : cleaned.split("\n")) {
            if (nonBlank == count) {
                break;
            }
            kept.add(line);
            if (!line.isBlank() && !line.strip().equals(";")) {
                nonBlank++;
            }
        }
        return RegistryText.normalizeLines(String.join("\n", kept));
    }
}
