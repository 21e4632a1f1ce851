package org.trialworkbench.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.FlagText;
import org.trialworkbench.model.FlagTexts;
import org.trialworkbench.model.UnitNames;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.model.comparison.RowKind;

/**
 * The eligibility alignment as a table: one row per aligned parameter, one column per trial.
 * Each reading keeps its criterion key and source text; the annotations on that criterion (or on
 * the demographic field) sit in the same cell.
 */
final class EligibilityTable {
    private EligibilityTable() {
    }

    static ExportTable of(Comparison comparison) {
        Map<String, Trial> trials = comparison.trials().stream().collect(Collectors.toMap(Trial::id, Function.identity(), (a, b) -> a));
        Map<String, AnnotationIndex> notes = comparison.trials().stream()
                .collect(Collectors.toMap(Trial::id, AnnotationIndex::new, (a, b) -> a));
        List<String> headers = new ArrayList<>();
        headers.add("Parameter");
        comparison.eligibility().trialIds().forEach(headers::add);
        List<List<ExportTable.Cell>> rows = new ArrayList<>();
        for (EligibilityRow row : comparison.eligibility().rows()) {
            List<ExportTable.Cell> cells = new ArrayList<>();
            cells.add(labelCell(row));
            for (EligibilityCell cell : row.cells()) {
                AnnotationIndex index = notes.get(cell.trialId());
                cells.add(cell(row, cell, index, trials.get(cell.trialId())));
            }
            rows.add(cells);
        }
        return new ExportTable("Eligibility, aligned by parameter", headers, rows);
    }

    private static ExportTable.Cell labelCell(EligibilityRow row) {
        List<String> details = new ArrayList<>();
        if (row.unit() != null && !row.unit().isBlank()) {
            details.add("unit: " + UnitNames.forReading(row.unit()));
        }
        if (row.differs() && row.kind() != RowKind.TEXT) {
            details.add("differs");
        }
        return new ExportTable.Cell(List.of(new ExportTable.Entry(row.label(), String.join("; ", details), List.of())), List.of(), null);
    }

    private static ExportTable.Cell cell(EligibilityRow row, EligibilityCell cell, AnnotationIndex index, Trial trial) {
        List<ExportTable.Entry> entries = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        if (row.kind() == RowKind.DEMOGRAPHIC) {
            targets.add("field:eligibility." + row.key());
        }
        for (CellEntry e : cell.entries()) {
            // Flags as the panel words them ("unit implausible — umol/L?"); the JSON export keeps the codes.
            entries.add(new ExportTable.Entry(e.display(), source(e),
                    FlagTexts.of(e.flags()).stream().map(FlagText::badge).toList()));
            if (e.criterionKey() != null) {
                targets.add(AnnotationIndex.criterion(e.criterionKey()));
            }
        }
        List<Annotation> on = new ArrayList<>();
        if (index != null && trial != null) {
            targets.forEach(t -> on.addAll(index.on(t)));
        }
        return new ExportTable.Cell(entries, on, cell.stated() ? cell.verdict() : null);
    }

    /** "I2: Hemoglobin ≥ 9 g/dL" — the key, and the criterion text unless it is the value itself. */
    private static String source(CellEntry e) {
        if (e.criterionKey() == null) {
            return "";
        }
        if (e.sourceText() == null || e.sourceText().equals(e.display())) {
            return e.criterionKey();
        }
        return e.criterionKey() + ": " + e.sourceText();
    }
}
