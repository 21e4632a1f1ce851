package org.trialworkbench.ui.eligibility;

import java.util.List;
import java.util.Locale;
import org.trialworkbench.model.UnitNames;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.model.comparison.RowKind;

/**
 * One grid row as shown: the aligned row, its label and the line under the label (kind, unit,
 * "kind inferred"), and the lower-case text the search box matches against.
 */
public record EligibilityRowItem(EligibilityRow row, String label, String note, boolean kindInferred) {

    /** True when the row's label, note or any cell's text contains {@code query} (case-insensitive). */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return contains(label, q) || contains(note, q) || row.cells().stream()
                .flatMap(c -> c.entries().stream()).map(CellEntry::display).anyMatch(d -> contains(d, q));
    }

    public String key() {
        return row.key();
    }

    public boolean differs() {
        return row.differs();
    }

    public RowKind kind() {
        return row.kind();
    }

    /**
     * The note under a label: "exclusion · in mg/dL", "inclusion · no unit" (a score),
     * "inclusion · not normalized, not ranked", "exclusion · no threshold read · kind inferred".
     */
    static String noteFor(EligibilityRow row, boolean kindInferred, boolean anyNormalized) {
        String kind = row.criterionKind() != null ? row.criterionKind().name().toLowerCase(Locale.ROOT)
                : row.kind() == RowKind.THRESHOLD ? "limited by inclusion and exclusion criteria" : "stated field";
        String text = switch (row.kind()) {
            case DEMOGRAPHIC -> kind;
            case THRESHOLD -> kind + (row.unit() != null ? " · in " + UnitNames.forReading(row.unit())
                    : anyNormalized ? " · no unit" : " · not normalized, not ranked");
            case TEXT -> kind + " · no threshold read";
        };
        return kindInferred ? text + " · kind inferred" : text;
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }

    static List<EligibilityRowItem> filter(List<EligibilityRowItem> all, boolean differsOnly, String query) {
        return all.stream().filter(r -> !differsOnly || r.differs()).filter(r -> r.matches(query)).toList();
    }
}
