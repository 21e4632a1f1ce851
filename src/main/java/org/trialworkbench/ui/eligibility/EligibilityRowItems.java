package org.trialworkbench.ui.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.model.comparison.RowKind;

/**
 * Turns a {@link Comparison}'s eligibility rows into grid rows, looking up the criteria behind the
 * cells so that a kind decided from wording ("kind inferred") shows on the row.
 */
final class EligibilityRowItems {
    private final Map<String, Map<String, Criterion>> criteriaByTrial = new HashMap<>();

    private EligibilityRowItems(List<Trial> trials) {
        for (Trial t : trials) {
            Map<String, Criterion> byKey = new HashMap<>();
            t.eligibility().criteria().forEach(c -> byKey.put(c.key(), c));
            criteriaByTrial.put(t.id(), byKey);
        }
    }

    static List<EligibilityRowItem> of(Comparison comparison) {
        EligibilityRowItems items = new EligibilityRowItems(comparison.trials());
        List<EligibilityRowItem> result = new ArrayList<>();
        for (EligibilityRow row : comparison.eligibility().rows()) {
            boolean inferred = items.anyKindInferred(row);
            String note = EligibilityRowItem.noteFor(row, inferred, items.anyNormalized(row));
            result.add(new EligibilityRowItem(row, label(row), note, inferred));
        }
        return result;
    }

    /** The criterion behind an entry of a trial's cell; null for field rows. */
    Criterion criterion(String trialId, CellEntry entry) {
        if (entry.criterionKey() == null) {
            return null;
        }
        return criteriaByTrial.getOrDefault(trialId, Map.of()).get(entry.criterionKey());
    }

    static EligibilityRowItems lookup(Comparison comparison) {
        return new EligibilityRowItems(comparison.trials());
    }

    /** True when a threshold behind the row was normalized (with or without a unit, as for scores). */
    private boolean anyNormalized(EligibilityRow row) {
        for (EligibilityCell cell : row.cells()) {
            for (CellEntry e : cell.entries()) {
                Criterion c = criterion(cell.trialId(), e);
                if (c != null && c.thresholds().stream()
                        .anyMatch(t -> t.text().equals(e.span()) && t.normalized() != null)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyKindInferred(EligibilityRow row) {
        for (EligibilityCell cell : row.cells()) {
            for (CellEntry e : cell.entries()) {
                Criterion c = criterion(cell.trialId(), e);
                if (c != null && c.kindInferred()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A text row belongs to one trial's criterion: labelled "NCT… E2"; other rows keep the aligner's label. */
    private static String label(EligibilityRow row) {
        if (row.kind() != RowKind.TEXT) {
            return row.label();
        }
        return row.cells().stream().filter(EligibilityCell::stated)
                .filter(c -> c.entries().get(0).criterionKey() != null)
                .map(c -> c.trialId() + " " + c.entries().get(0).criterionKey())
                .findFirst().orElse(row.label());
    }
}
