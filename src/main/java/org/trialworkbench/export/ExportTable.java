package org.trialworkbench.export;

import java.util.List;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;

/**
 * A format-neutral table that HTML and Markdown both render, so both state the same content.
 * All text is raw; the renderer escapes it.
 */
record ExportTable(String caption, List<String> headers, List<List<Cell>> rows) {
    ExportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One reading: the value shown, the source text it was read from (may be empty), flags. */
    record Entry(String text, String source, List<String> flags) {
        Entry {
            source = source == null ? "" : source;
            flags = List.copyOf(flags);
        }

        static Entry plain(String text) {
            return new Entry(text, "", List.of());
        }
    }

    /** A cell: its readings, the annotations about it, and how its limit compares (null: not judged). */
    record Cell(List<Entry> entries, List<Annotation> notes, Verdict verdict) {
        Cell {
            entries = List.copyOf(entries);
            notes = List.copyOf(notes);
        }

        static Cell text(String text) {
            return new Cell(List.of(Entry.plain(text)), List.of(), null);
        }

        static Cell text(String text, List<Annotation> notes) {
            return new Cell(List.of(Entry.plain(text)), notes, null);
        }

        /** A value with the text it was read from under it. */
        static Cell sourced(String text, String source, List<Annotation> notes) {
            return new Cell(List.of(new Entry(text, source, List.of())), notes, null);
        }

        boolean empty() {
            return notes.isEmpty() && entries.stream().allMatch(e -> e.text().isEmpty() && e.source().isEmpty() && e.flags().isEmpty());
        }
    }

    /** Wording of a verdict in text (formats add style on top): "strictest", "loosest", "same". */
    static String verdictWord(Verdict v) {
        if (v == null) {
            return "";
        }
        return switch (v) {
            case STRICTEST -> "strictest";
            case LOOSEST -> "loosest";
            case SAME -> "same";
            case NONE -> "";
        };
    }
}
