package org.trialworkbench.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;

/**
 * Which trial is stricter on one parameter. Only comparable limits are judged: one threshold per
 * trial, normalized to the same unit, all bounding the same side. An inclusion minimum (">= x")
 * is stricter when higher; an inclusion maximum when lower; for exclusion criteria the other way
 * round (excluding "creatinine > 2" excludes more people than "> 3").
 */
final class StrictnessJudge {
    private StrictnessJudge() {
    }

    /** Verdicts per cell (same order); NONE everywhere when the limits cannot be compared. */
    static List<Verdict> judge(CriterionKind kind, List<Threshold> oneEach) {
        List<Verdict> none = oneEach.stream().map(t -> Verdict.NONE).toList();
        List<Threshold> stated = oneEach.stream().filter(Objects::nonNull).toList();
        if (stated.size() < 2 || !comparable(stated)) {
            return none;
        }
        boolean lowerBound = isLowerBound(stated.get(0).comparator());
        boolean higherIsStricter = (kind == CriterionKind.INCLUSION) == lowerBound;
        double max = stated.stream().mapToDouble(t -> t.normalized().value()).max().orElseThrow();
        double min = stated.stream().mapToDouble(t -> t.normalized().value()).min().orElseThrow();
        List<Verdict> verdicts = new ArrayList<>();
        boolean sameValue = max == min;
        boolean mixedInclusivity = stated.stream().map(t -> isInclusive(t.comparator())).distinct().count() > 1;
        for (Threshold t : oneEach) {
            if (t == null) {
                verdicts.add(Verdict.NONE);
            } else if (sameValue && mixedInclusivity) {
                // "< 65" admits fewer than "<= 65": an exclusive inclusion bound is the stricter one.
                boolean strict = (kind == CriterionKind.INCLUSION) != isInclusive(t.comparator());
                verdicts.add(strict ? Verdict.STRICTEST : Verdict.LOOSEST);
            } else if (sameValue) {
                verdicts.add(Verdict.SAME);
            } else {
                double v = t.normalized().value();
                boolean strictest = higherIsStricter ? v == max : v == min;
                boolean loosest = higherIsStricter ? v == min : v == max;
                verdicts.add(strictest ? Verdict.STRICTEST : loosest ? Verdict.LOOSEST : Verdict.NONE);
            }
        }
        return verdicts;
    }

    private static boolean comparable(List<Threshold> stated) {
        Threshold first = stated.get(0);
        if (first.normalized() == null || first.comparator() == Comparator.BETWEEN || first.comparator() == Comparator.EQ) {
            return false;
        }
        boolean lower = isLowerBound(first.comparator());
        for (Threshold t : stated) {
            if (t.normalized() == null || t.comparator() == Comparator.BETWEEN || t.comparator() == Comparator.EQ
                    || isLowerBound(t.comparator()) != lower
                    || !Objects.equals(t.normalized().unit(), first.normalized().unit())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInclusive(Comparator c) {
        return c == Comparator.GE || c == Comparator.LE;
    }

    private static boolean isLowerBound(Comparator c) {
        return c == Comparator.GT || c == Comparator.GE;
    }
}
