package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a label/value page into sections. A label is a line that is a known label on its own
 * ("- Lead Sponsor", "Study Design", "Sponsor:") or a line that starts with a known label and a
 * colon ("NCT ID: NCT01539902"); the lines up to the next label are its value. Lines before the
 * first label form a {@link PageField#PREAMBLE} section (the page title). Linear in the text.
 */
final class LabelledPage {
    private static final int MAX_INLINE_LABEL = 60;

    private LabelledPage() {
    }

    static List<Section> split(String text, LabelTable table) {
        List<Section> sections = new ArrayList<>();
        PageField field = PageField.PREAMBLE;
        String label = "";
        boolean inlineValue = false;
        List<String> lines = new ArrayList<>();
        for (String line : PageText.nonBlankLines(text)) {
            String[] inline = new String[1];
            PageField found = labelOf(line, table, inline);
            if (found == null) {
                lines.add(line);
                continue;
            }
            addSection(sections, field, label, lines, inlineValue);
            field = found;
            label = line;
            lines = new ArrayList<>();
            inlineValue = inline[0] != null;
            if (inlineValue) {
                label = line.substring(0, line.length() - inline[0].length()).strip();
                lines.add(inline[0]);
            }
        }
        addSection(sections, field, label, lines, inlineValue);
        return sections;
    }

    private static void addSection(List<Section> sections, PageField field, String label, List<String> lines,
                                   boolean inline) {
        if (field != PageField.PREAMBLE || !lines.isEmpty()) {
            sections.add(new Section(field, label, lines, inline));
        }
    }

    /** The field of a label line; for "Label: value" lines the value is put in {@code inline[0]}. */
    private static PageField labelOf(String line, LabelTable table, String[] inline) {
        String candidate = PageText.unbullet(line);
        String bare = candidate.endsWith(":") ? candidate.substring(0, candidate.length() - 1) : candidate;
        PageField whole = table.field(bare);
        if (whole != null) {
            return whole;
        }
        int colon = candidate.indexOf(':');
        if (colon <= 0 || colon > MAX_INLINE_LABEL) {
            return null;
        }
        PageField field = table.field(candidate.substring(0, colon));
        if (field != null) {
            String value = candidate.substring(colon + 1).strip();
            inline[0] = value.isEmpty() ? null : value;
        }
        return field;
    }
}
