package org.trialworkbench.analysis.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Threshold;
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
 * per canonical parameter and criterion kind present in any trial, each cell normalized to the
 * parameter's canonical unit, with the strictest and loosest trial marked where comparable; then
 * the criteria without thresholds, grouped by trial.
 */
public final class EligibilityAligner {

    public EligibilityComparison align(List<Trial> trials) {
        List<EligibilityRow> rows = new ArrayList<>();
        rows.add(ageRow(trials, "minimumAge", "Minimum age", t -> t.eligibility().minimumAge(), true));
        rows.add(ageRow(trials, "maximumAge", "Maximum age", t -> t.eligibility().maximumAge(), false));
        rows.add(fieldRow(trials, "sex", "Sex", t -> ValueWords.of(t.eligibility().sex())));
        rows.add(fieldRow(trials, "healthyVolunteers", "Healthy volunteers",
                t -> t.eligibility().healthyVolunteers() == null ? null : t.eligibility().healthyVolunteers() ? "accepted" : "not accepted"));
        rows.addAll(thresholdRows(trials));
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
        double max = stated.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = stated.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        List<EligibilityCell> judged = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Double v = values.get(i);
            Verdict verdict = v == null ? Verdict.NONE : max == min ? Verdict.SAME
                    : v == (higherIsStricter ? max : min) ? Verdict.STRICTEST
                    : v == (higherIsStricter ? min : max) ? Verdict.LOOSEST : Verdict.NONE;
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

    private List<EligibilityRow> thresholdRows(List<Trial> trials) {
        Map<String, List<List<Located>>> byRow = new LinkedHashMap<>();
        for (int i = 0; i < trials.size(); i++) {
            for (Criterion c : trials.get(i).eligibility().criteria()) {
                for (Threshold t : c.thresholds()) {
                    String rowKey = t.parameter() + "|" + c.kind();
                    List<List<Located>> perTrial = byRow.computeIfAbsent(rowKey, k -> emptyPerTrial(trials.size()));
                    perTrial.get(i).add(new Located(c, t));
                }
            }
        }
        List<EligibilityRow> rows = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        byRow.forEach((rowKey, perTrial) -> {
            String parameter = rowKey.substring(0, rowKey.lastIndexOf('|'));
            if (!done.add(parameter)) {
                return;
            }
            List<List<Located>> inclusion = byRow.get(parameter + "|" + CriterionKind.INCLUSION);
            List<List<Located>> exclusion = byRow.get(parameter + "|" + CriterionKind.EXCLUSION);
            if (inclusion != null && exclusion != null && statedBy(inclusion) <= 1 && statedBy(exclusion) <= 1) {
                rows.add(mixedRow(trials, parameter, inclusion, exclusion));
                return;
            }
            for (List<List<Located>> kindRow : java.util.Arrays.asList(inclusion, exclusion)) {
                if (kindRow != null) {
                    CriterionKind kind = kindRow == inclusion ? CriterionKind.INCLUSION : CriterionKind.EXCLUSION;
                    rows.add(thresholdRow(trials, parameter + "|" + kind, kindRow));
                }
            }
        });
        return rows;
    }

    private static long statedBy(List<List<Located>> perTrial) {
        return perTrial.stream().filter(l -> !l.isEmpty()).count();
    }

    /**
     * A parameter that one trial limits for inclusion and another for exclusion (and no two trials
     * on the same side) shares one row, each entry saying its side: nothing to rank, but the
     * reviewer sees both limits on one line in one unit.
     */
    private EligibilityRow mixedRow(List<Trial> trials, String parameter, List<List<Located>> inclusion,
                                    List<List<Located>> exclusion) {
        List<EligibilityCell> cells = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        for (int i = 0; i < trials.size(); i++) {
            List<CellEntry> entries = new ArrayList<>();
            List<Located> all = new ArrayList<>(inclusion.get(i));
            all.addAll(exclusion.get(i));
            for (Located l : all) {
                String side = l.criterion().kind() == CriterionKind.INCLUSION ? "inclusion: " : "exclusion: ";
                entries.add(new CellEntry(side + ThresholdText.of(l.threshold()), l.criterion().key(), l.criterion().text(),
                        l.threshold().text(), l.threshold().flags()));
                if (l.threshold().normalized() != null) {
                    units.add(l.threshold().normalized().unit());
                }
            }
            cells.add(new EligibilityCell(trials.get(i).id(), entries, Verdict.NONE));
        }
        return new EligibilityRow("threshold:" + parameter, RowKind.THRESHOLD, parameter + " (inclusion / exclusion)",
                null, rowUnit(units), cells, true);
    }

    private EligibilityRow thresholdRow(List<Trial> trials, String rowKey, List<List<Located>> perTrial) {
        String parameter = rowKey.substring(0, rowKey.lastIndexOf('|'));
        CriterionKind kind = CriterionKind.valueOf(rowKey.substring(rowKey.lastIndexOf('|') + 1));
        List<Threshold> oneEach = perTrial.stream().map(l -> l.size() == 1 ? l.get(0).threshold() : null).toList();
        boolean judgeable = perTrial.stream().allMatch(l -> l.size() <= 1);
        List<Verdict> verdicts = judgeable ? StrictnessJudge.judge(kind, oneEach) : oneEach.stream().map(t -> Verdict.NONE).toList();
        List<EligibilityCell> cells = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        for (int i = 0; i < trials.size(); i++) {
            List<CellEntry> entries = new ArrayList<>();
            for (Located l : perTrial.get(i)) {
                entries.add(new CellEntry(ThresholdText.of(l.threshold()), l.criterion().key(), l.criterion().text(),
                        l.threshold().text(), l.threshold().flags()));
                if (l.threshold().normalized() != null) {
                    units.add(l.threshold().normalized().unit());
                }
            }
            cells.add(new EligibilityCell(trials.get(i).id(), entries, verdicts.get(i)));
        }
        String label = parameter + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
        return new EligibilityRow("threshold:" + rowKey, RowKind.THRESHOLD, label, kind, rowUnit(units), cells,
                readingsDiffer(perTrial));
    }

    /** Compared on the readings, not on the cells' texts, which add each value as its trial states it. */
    private static boolean readingsDiffer(List<List<Located>> perTrial) {
        return perTrial.stream().map(l -> l.stream().map(x -> ThresholdText.reading(x.threshold())).toList())
                .distinct().count() > 1;
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

    private static List<List<Located>> emptyPerTrial(int n) {
        List<List<Located>> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new ArrayList<>());
        }
        return list;
    }

    /**
     * The units the row's values were normalized to: one, or several when a parameter is stated in
     * measures that do not convert ("% / L" for FEV1 as % predicted and as a volume; "ULN / U/L").
     */
    private static String rowUnit(Set<String> units) {
        units.remove(null);
        return units.isEmpty() ? null : String.join(" / ", units);
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

    private record Located(Criterion criterion, Threshold threshold) {
    }
}
