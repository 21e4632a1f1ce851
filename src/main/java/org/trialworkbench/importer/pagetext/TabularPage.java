package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the ClinicalTrials.gov "tabular view" copied as text into sections: a row starts with a
 * known row label and a '|' ("Study Phase ICMJE | Phase 1 Phase 2 |"); a cell may run over
 * several lines and ends where the next row starts. Table decoration (trailing "| ||", lines of
 * only bars and dashes) is removed. Lines before the first row form the preamble.
 */
final class TabularPage {
    private TabularPage() {
    }

    static List<Section> split(String text) {
        List<Section> sections = new ArrayList<>();
        PageField field = PageField.PREAMBLE;
        String label = "";
        List<String> lines = new ArrayList<>();
        for (String raw : PageText.nonBlankLines(text)) {
            int bar = raw.indexOf('|');
            PageField found = bar > 0 ? LabelTable.TABULAR.field(rowLabel(raw.substring(0, bar))) : null;
            String content = raw;
            if (found != null) {
                if (field != PageField.PREAMBLE || !lines.isEmpty()) {
                    sections.add(new Section(field, label, lines, true));
                }
                field = found;
                label = raw.substring(0, bar).strip();
                lines = new ArrayList<>();
                content = raw.substring(bar + 1);
            }
            String cell = stripDecoration(content);
            if (!cell.isEmpty()) {
                lines.add(cell);
            }
        }
        if (field != PageField.PREAMBLE || !lines.isEmpty()) {
            sections.add(new Section(field, label, lines, true));
        }
        return sections;
    }

    /** "Estimated Enrollment ICMJE" → "Estimated Enrollment". */
    static String rowLabel(String label) {
        String s = label.strip();
        if (s.toUpperCase(Locale.ROOT).endsWith(" ICMJE")) {
            s = s.substring(0, s.length() - " ICMJE".length());
        }
        return s;
    }

    /** Removes trailing bars and blanks; a line of only bars, dashes and blanks becomes empty. */
    static String stripDecoration(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '|' || Character.isWhitespace(line.charAt(end - 1)))) {
            end--;
        }
        String s = line.substring(0, end).strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '|' && c != '-' && !Character.isWhitespace(c)) {
                return s;
            }
        }
        return "";
    }
}
