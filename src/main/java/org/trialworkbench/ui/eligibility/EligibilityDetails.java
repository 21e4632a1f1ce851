package org.trialworkbench.ui.eligibility;

import org.trialworkbench.model.FlagTexts;
import java.util.List;
import java.util.Locale;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.model.comparison.RowKind;

/** Builds the detail pane's content and the annotation target for a selected cell. */
final class EligibilityDetails {
    private EligibilityDetails() {
    }

    /**
     * The annotation target of a cell: {@code field:eligibility.<key>} for a demographic row,
     * {@code criterion:<key>} for a criterion's entry, null for a cell that states nothing.
     */
    static String target(EligibilityRow row, CellEntry entry) {
        if (row.kind() == RowKind.DEMOGRAPHIC) {
            return "field:eligibility." + row.key();
        }
        return entry == null || entry.criterionKey() == null ? null : "criterion:" + entry.criterionKey();
    }

    static EligibilityDetail of(Comparison comparison, EligibilityRow row, EligibilityCell cell, int entryIndex) {
        CellEntry entry = entryIndex < cell.entries().size() ? cell.entries().get(entryIndex) : null;
        if (entry == null) {
            return new EligibilityDetail(cell.trialId() + " · " + rowName(row),
                    cell.trialId() + " states nothing for this row.", SourceSpan.of("", null),
                    kindText(row, null), List.of(), target(row, null));
        }
        Criterion criterion = EligibilityRowItems.lookup(comparison).criterion(cell.trialId(), entry);
        String heading = entry.criterionKey() == null ? cell.trialId() + " · " + rowName(row)
                : cell.trialId() + " · " + entry.criterionKey() + " · " + rowName(row);
        String reading = row.kind() == RowKind.TEXT ? "No threshold read from this criterion: shown as text."
                : entry.display() + verdictText(cell, comparison.trials().size());
        return new EligibilityDetail(heading, reading, SourceSpan.of(entry.sourceText(), entry.span()),
                kindText(row, criterion), FlagTexts.of(entry.flags()), target(row, entry));
    }

    /** " — stricter than the others" etc.; empty without a verdict. */
    static String verdictText(EligibilityCell cell, int trialCount) {
        return switch (cell.verdict()) {
            case STRICTEST -> trialCount > 2 ? " — strictest of the compared trials" : " — stricter than the other trial";
            case LOOSEST -> trialCount > 2 ? " — loosest of the compared trials" : " — looser than the other trial";
            case SAME -> " — same limit as the other trials";
            case NONE -> "";
        };
    }

    private static String rowName(EligibilityRow row) {
        return row.kind() == RowKind.TEXT ? "text criterion" : row.label();
    }

    private static String kindText(EligibilityRow row, Criterion criterion) {
        if (row.criterionKind() == null && criterion == null) {
            return "stated field of the registry record";
        }
        String kind = (row.criterionKind() != null ? row.criterionKind() : criterion.kind()).name().toLowerCase(Locale.ROOT);
        if (criterion != null && criterion.kindInferred()) {
            return kind + " (kind inferred: the source has no inclusion/exclusion heading here)";
        }
        return kind;
    }
}
