package org.trialworkbench.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.ValueWords;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;
import org.trialworkbench.model.comparison.EligibilityComparison;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.model.comparison.RowKind;

/**
 * Lines up the eligibility of several trials: age, sex and healthy volunteers first; then one row
 * per canonical parameter any trial limits ({@link ThresholdRows}), each cell normalized to the
 * parameter's canonical unit, with the strictest and loosest trial marked where comparable; then
 * the criteria without thresholds, grouped by trial. A trial that states no minimum (maximum) age
 * admits every age below (above) the others', so no stated age limit is then marked loosest.
 */
public final class EligibilityAligner {
    private final ThresholdRows thresholdRows = new ThresholdRows(Scales.STANDARD);

    public EligibilityComparison align(List<Trial> trials) {
        List<EligibilityRow> rows = new ArrayList<>();
        rows.add(ageRow(trials, "minimumAge", "Minimum age", t -> t.eligibility().minimumAge(), true));
        rows.add(ageRow(trials, "maximumAge", "Maximum age", t -> t.eligibility().maximumAge(), false));
        rows.add(fieldRow(trials, "sex", "Sex", t -> ValueWords.of(t.eligibility().sex())));
        rows.add(fieldRow(trials, "healthyVolunteers", "Healthy volunteers",
                t -> t.eligibility().healthyVolunteers() == null ? null : t.eligibility().healthyVolunteers() ? "accepted" : "not accepted"));
        rows.addAll(thresholdRows.of(trials));
        rows.addAll(textRows(trials));
        return new EligibilityComparison(trials.stream().map(Trial::id).toList(), rows);
    }

    private EligibilityRow ageRow(List<Trial> trials, String key, String label, Function<Trial, Age> age, boolean minimum) {
        List<EligibilityCell> cells = new ArrayList<>();
        List<Double> years = new ArrayList<>();
        for (Trial t : trials) {
            Age a = age.apply(t);
            // An exclusive limit admits a little less than an inclusive one at the same age.
            years.add(a == null ? null : inYears(a) + (a.inclusive() ? 0 : (minimum ? 1e-6 : -1e-6)));
            List<CellEntry> entries = a == null ? List.of()
                    : List.of(new CellEntry(ageText(a, minimum), null, null, null, List.of()));
            cells.add(new EligibilityCell(t.id(), entries, Verdict.NONE));
        }
        return new EligibilityRow(key, RowKind.DEMOGRAPHIC, label, null, "years",
                withVerdicts(cells, years, minimum), differs(cells));
    }

    /** A higher minimum age or a lower maximum age admits fewer people. */
    private static List<EligibilityCell> withVerdicts(List<EligibilityCell> cells, List<Double> values, boolean higherIsStricter) {
        List<Double> stated = values.stream().filter(v -> v != null).toList();
        if (stated.size() < 2) {
            return cells;
        }
        // A trial that states no such limit admits every age beyond the others': none of them is the loosest.
        boolean someUnlimited = stated.size() < values.size();
        double max = stated.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = stated.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        List<EligibilityCell> judged = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Double v = values.get(i);
            Verdict verdict = v == null ? Verdict.NONE : max == min ? Verdict.SAME
                    : v == (higherIsStricter ? max : min) ? Verdict.STRICTEST
                    : v == (higherIsStricter ? min : max) && !someUnlimited ? Verdict.LOOSEST : Verdict.NONE;
            judged.add(new EligibilityCell(cells.get(i).trialId(), cells.get(i).entries(), verdict));
        }
        return judged;
    }

    private EligibilityRow fieldRow(List<Trial> trials, String key, String label, Function<Trial, String> value) {
        List<EligibilityCell> cells = new ArrayList<>();
        for (Trial t : trials) {
            String v = value.apply(t);
            cells.add(new EligibilityCell(t.id(), v == null ? List.of() : List.of(new CellEntry(v, null, null, null, List.of())),
                    Verdict.NONE));
        }
        return new EligibilityRow(key, RowKind.DEMOGRAPHIC, label, null, null, cells, differs(cells));
    }

    private List<EligibilityRow> textRows(List<Trial> trials) {
        List<EligibilityRow> rows = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            Trial trial = trials.get(i);
            for (Criterion c : trial.eligibility().criteria()) {
                if (!c.thresholds().isEmpty()) {
                    continue;
                }
                List<EligibilityCell> cells = new ArrayList<>();
                for (int j = 0; j < trials.size(); j++) {
                    List<CellEntry> entries = j == i ? List.of(new CellEntry(c.text(), c.key(), c.text(), null, List.of())) : List.of();
                    cells.add(new EligibilityCell(trials.get(j).id(), entries, Verdict.NONE));
                }
                String label = trial.id() + " " + c.key() + " (" + c.kind().name().toLowerCase(Locale.ROOT)
                        + (c.kindInferred() ? ", inferred" : "") + ")";
                rows.add(new EligibilityRow("text:" + trial.id() + ":" + c.key(), RowKind.TEXT, label, c.kind(), null, cells, true));
            }
        }
        return rows;
    }

    private static boolean differs(List<EligibilityCell> cells) {
        return cells.stream().map(c -> c.entries().stream().map(CellEntry::display).toList()).distinct().count() > 1;
    }

    private static String ageText(Age a, boolean minimum) {
        String comparator = minimum ? (a.inclusive() ? "≥" : ">") : (a.inclusive() ? "≤" : "<");
        return comparator + " " + Numbers.format(a.value()) + " " + a.unit().name().toLowerCase(Locale.ROOT);
    }

    private static double inYears(Age a) {
        return switch (a.unit()) {
            case YEARS -> a.value();
            case MONTHS -> a.value() / 12;
            case WEEKS -> a.value() / 52.1775;
            case DAYS -> a.value() / 365.25;
            case HOURS -> a.value() / 8766;
            case MINUTES -> a.value() / 525960;
        };
    }
}
