package org.trialworkbench.importer.pagetext;

import java.util.List;

/**
 * One labelled part of a page: the field it stands for, the label as written, and its value lines
 * (stripped, blank lines dropped, bullets kept as written); {@code inline} when the value stood on
 * the label's line ("NCT ID: NCT01539902").
 */
record Section(PageField field, String label, List<String> lines, boolean inline) {
    Section {
        lines = List.copyOf(lines);
    }

    Section(PageField field, String label, List<String> lines) {
        this(field, label, lines, false);
    }

    Section withLines(List<String> newLines) {
        return new Section(field, label, newLines, inline);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The value lines with a leading "- " list marker removed. */
    List<String> values() {
        return lines.stream().map(PageText::unbullet).toList();
    }

    /** The first value line, unbulleted; null when the section is empty. */
    String first() {
        return lines.isEmpty() ? null : PageText.unbullet(lines.get(0));
    }

    /** All value lines joined by newlines; null when empty. */
    String text() {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
