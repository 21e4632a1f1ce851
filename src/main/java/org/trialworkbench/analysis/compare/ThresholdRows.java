package org.trialworkbench.analysis.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.trialworkbench.analysis.thresholds.ThresholdFlags;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.model.comparison.RowKind;

/**
 * One row per canonical parameter that any trial limits, in the order the parameters first occur.
 * A parameter limited only by inclusion (or only by exclusion) criteria keeps that kind in its row
 * ({@code threshold:ECOG|INCLUSION}); one that some trial limits for inclusion and another for
 * exclusion shares one row ({@code threshold:platelets}) whose entries say their side, since
 * inclusion "platelets ≥ 100,000/µL" and exclusion "platelets < 100 ×10⁹/L" are the same limit.
 * Trials are ranked on the values their limits admit ({@link StrictnessJudge}), leaving out a limit
 * that defines a term (flag DEFINITION: "post-menopausal defined as aged more than 50") since it
 * limits not who enrols; a comparator guessed from a typo (AMBIGUOUS_COMPARATOR) ranks nobody.
 */
final class ThresholdRows {
    private final Scales scales;

    ThresholdRows(Scales scales) {
        this.scales = scales;
    }

    List<EligibilityRow> of(List<Trial> trials) {
        Map<RowId, List<List<Located>>> byRow = new LinkedHashMap<>();
        for (int i = 0; i < trials.size(); i++) {
            for (Criterion c : trials.get(i).eligibility().criteria()) {
                for (Threshold t : c.thresholds()) {
                    RowId id = new RowId(t.parameter(),
                            scales.of(t.parameter()).ranked() ? null : trials.get(i).id() + ":" + c.key());
                    byRow.computeIfAbsent(id, k -> emptyPerTrial(trials.size())).get(i).add(new Located(c, t));
                }
            }
        }
        List<EligibilityRow> rows = new ArrayList<>();
        byRow.forEach((id, perTrial) -> rows.add(row(trials, id, inclusionFirst(perTrial))));
        return rows;
    }

    /**
     * A row's parameter and, for a grade that does not say what it grades, the one criterion
     * ("trialId:key") whose words do: "peripheral neuropathy ≥ grade 2" of one trial and "any eye
     * disease > grade 1" of another are different criteria, each in its own row.
     */
    private record RowId(String parameter, String criterion) {
    }

    private EligibilityRow row(List<Trial> trials, RowId id, List<List<Located>> perTrial) {
        String parameter = id.parameter();
        Set<CriterionKind> kinds = new LinkedHashSet<>();
        perTrial.forEach(l -> l.forEach(x -> kinds.add(x.criterion().kind())));
        CriterionKind kind = kinds.size() == 1 ? kinds.iterator().next() : null;
        Scales.Scale scale = scales.of(parameter);
        List<Verdict> verdicts = verdicts(perTrial, scale);
        List<EligibilityCell> cells = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        for (int i = 0; i < trials.size(); i++) {
            List<CellEntry> entries = new ArrayList<>();
            for (Located l : perTrial.get(i)) {
                entries.add(new CellEntry(side(l, kind) + ThresholdText.of(l.threshold()), l.criterion().key(),
                        l.criterion().text(), l.threshold().text(), l.threshold().flags()));
                if (l.threshold().normalized() != null) {
                    units.add(l.threshold().normalized().unit());
                }
            }
            cells.add(new EligibilityCell(trials.get(i).id(), entries, verdicts.get(i)));
        }
        String of = id.criterion() == null ? "" : " " + id.criterion();
        String key = "threshold:" + parameter + (kind == null ? "" : "|" + kind) + (id.criterion() == null ? "" : "|" + id.criterion());
        String label = parameter + " (" + (kind == null ? "inclusion / exclusion" : kind.name().toLowerCase(Locale.ROOT)) + ")" + of;
        return new EligibilityRow(key, RowKind.THRESHOLD, label, kind, rowUnit(units), cells, differ(perTrial, scale));
    }

    /** Ranked on each trial's limits but those that define a term; a grade of an unnamed subject ranks nobody. */
    private static List<Verdict> verdicts(List<List<Located>> perTrial, Scales.Scale scale) {
        if (!scale.ranked()) {
            return perTrial.stream().map(l -> Verdict.NONE).toList();
        }
        return StrictnessJudge.judge(perTrial.stream()
                .map(l -> ranges(l.stream().filter(x -> !x.threshold().flags().contains(ThresholdFlags.DEFINITION))
                        .toList(), scale)).toList());
    }

    /**
     * The ranges one trial's limits admit. Limits of one side may be a general one and a subgroup's
     * ({@link StrictnessJudge}); but one inclusion and one exclusion limit both apply to everyone
     * ("DLCO below 70% predicted" to enter, "DLCO < 45%" to be excluded: 45–70%), so they are one range,
     * their intersection. An empty intersection (limits that contradict) ranks nobody.
     */
    private static List<AdmittedRange> ranges(List<Located> limits, Scales.Scale scale) {
        List<AdmittedRange> ranges = new ArrayList<>();
        limits.forEach(x -> ranges.add(admitted(x, scale)));
        boolean onePerSide = limits.size() == 2 && limits.get(0).criterion().kind() != limits.get(1).criterion().kind();
        if (onePerSide && ranges.get(0) != null && ranges.get(1) != null) {
            return Collections.singletonList(ranges.get(0).intersect(ranges.get(1)));
        }
        return ranges;
    }

    /** What a threshold admits; null (not rankable) when its comparator was guessed from a typo. */
    private static AdmittedRange admitted(Located l, Scales.Scale scale) {
        return l.threshold().flags().contains(ThresholdFlags.AMBIGUOUS_COMPARATOR) ? null
                : AdmittedRange.of(l.criterion().kind(), l.threshold(), scale);
    }

    /** In a row of both kinds each entry says its side. */
    private static String side(Located l, CriterionKind rowKind) {
        if (rowKind != null) {
            return "";
        }
        return l.criterion().kind() == CriterionKind.INCLUSION ? "inclusion: " : "exclusion: ";
    }

    /**
     * Compared on what each trial's limits admit where they could be read as ranges, else on the
     * readings with their side; not on the cells' texts, which add each value as its trial states it.
     */
    private static boolean differ(List<List<Located>> perTrial, Scales.Scale scale) {
        Set<Set<String>> distinct = new LinkedHashSet<>();
        for (List<Located> located : perTrial) {
            Set<String> limits = new TreeSet<>();
            for (Located l : located) {
                AdmittedRange r = admitted(l, scale);
                boolean definition = l.threshold().flags().contains(ThresholdFlags.DEFINITION);
                limits.add(r != null && !definition ? r.key()
                        : l.criterion().kind() + (definition ? " definition " : " ") + ThresholdText.reading(l.threshold()));
            }
            distinct.add(limits);
        }
        return distinct.size() > 1;
    }

    private static List<List<Located>> inclusionFirst(List<List<Located>> perTrial) {
        return perTrial.stream().map(l -> l.stream()
                .sorted(Comparator.comparing((Located x) -> x.criterion().kind() != CriterionKind.INCLUSION))
                .toList()).toList();
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

    private record Located(Criterion criterion, Threshold threshold) {
    }
}
