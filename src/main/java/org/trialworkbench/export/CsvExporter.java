package org.trialworkbench.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.Comparison;

/**
 * RFC 4180 CSV (CRLF, quotes doubled), one row per attribute of an item, with the item's
 * annotation beside it.
 *
 * <p>Columns: {@code trial_id, item_type, item_key, field, value, source_text}, then
 * {@link AnnotationColumns#ALL}. Item types: {@code trial} (one item per field; the trial's own
 * annotations sit on the {@code id} row), {@code criterion}, {@code threshold} (key
 * {@code I1.1} = first threshold of I1), {@code outcome}, {@code cohort}, {@code arm},
 * {@code intervention}, {@code conflict}, {@code source}, and {@code annotation} for a note
 * whose target is no longer in the trial.
 *
 * <p>An item with several annotations repeats its rows once per annotation, so each row stays
 * one self-contained fact (filterable, no separator inside a cell to split on).
 *
 * <p>Formula injection: every cell is text by design (the {@code value} column mixes numbers
 * and words), so any cell that starts with {@code = + - @}, tab or carriage return gets a
 * leading {@code '} (OWASP), negative numbers included ({@code '-1}). Bidi controls are shown as
 * {@code [U+202E]} tokens.
 */
public final class CsvExporter implements TrialExporter {
    static final List<String> BASE_HEADERS = List.of("trial_id", "item_type", "item_key", "field", "value", "source_text");

    @Override
    public String format() {
        return "csv";
    }

    /** The header row: the item columns, then the annotation columns. */
    public static List<String> headers() {
        List<String> h = new ArrayList<>(BASE_HEADERS);
        AnnotationColumns.ALL.forEach(c -> h.add(c.header()));
        return h;
    }

    @Override
    public void write(Comparison comparison, ExportHeader header, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(headers());
        for (Trial t : comparison.trials()) {
            for (CsvItem item : CsvItems.of(t)) {
                printItem(printer, item);
            }
        }
        printer.flush();
    }

    private static void printItem(CSVPrinter printer, CsvItem item) throws IOException {
        List<Annotation> notes = item.annotations().isEmpty() ? Collections.singletonList(null) : item.annotations();
        for (Annotation note : notes) {
            for (ItemFields.Attr attr : item.attrs()) {
                List<String> row = new ArrayList<>(List.of(item.trialId(), item.type(), item.key(), attr.name(), attr.value(),
                        item.sourceText()));
                for (AnnotationColumns.Column c : AnnotationColumns.ALL) {
                    row.add(note == null ? "" : c.value().apply(note));
                }
                printer.printRecord(row.stream().map(CsvExporter::safeCell).toList());
            }
        }
    }

    /** OWASP CSV-injection advice: a cell a spreadsheet would read as a formula starts with '. */
    static String safeCell(String value) {
        String s = ExportText.neutralizeBidi(value);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
