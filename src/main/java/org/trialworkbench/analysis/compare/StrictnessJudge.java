package org.trialworkbench.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;

/**
 * Which trial is stricter on one parameter, judged on the values each trial's limit admits
 * ({@link AdmittedRange}): a trial is stricter when every value it admits the other admits too.
 * Only limits that nest are ranked: one limit per trial (alternatives with the same limit are
 * one), all read and in one unit, each admitted range inside or around every other. "18–65" and
 * "20–75 years" do not nest, nor a minimum and a maximum: nobody is ranked.
 */
final class StrictnessJudge {
    private StrictnessJudge() {
    }

    /**
     * Verdicts per trial (same order) from the ranges each trial's limits admit (an empty list: the
     * trial states none; a null range: a limit that could not be read as one); NONE everywhere when
     * the limits cannot be ranked.
     */
    static List<Verdict> judge(List<List<AdmittedRange>> perTrial) {
        List<Verdict> none = perTrial.stream().map(t -> Verdict.NONE).toList();
        List<AdmittedRange> oneEach = new ArrayList<>();
        for (List<AdmittedRange> ranges : perTrial) {
            if (ranges.contains(null)) {
                return none;
            }
            List<AdmittedRange> distinct = distinct(ranges);
            if (distinct.size() > 1) {
                return none;
            }
            oneEach.add(distinct.isEmpty() ? null : distinct.get(0));
        }
        List<AdmittedRange> stated = oneEach.stream().filter(Objects::nonNull).toList();
        if (stated.size() < 2 || !nested(stated)) {
            return none;
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (AdmittedRange r : oneEach) {
            verdicts.add(r == null ? Verdict.NONE : verdict(r, stated));
        }
        return verdicts;
    }

    private static Verdict verdict(AdmittedRange r, List<AdmittedRange> stated) {
        boolean insideAll = stated.stream().allMatch(r::within);
        boolean aroundAll = stated.stream().allMatch(o -> o.within(r));
        return insideAll && aroundAll ? Verdict.SAME : insideAll ? Verdict.STRICTEST : aroundAll ? Verdict.LOOSEST : Verdict.NONE;
    }

    /** One unit, and of every two ranges one lies inside the other. */
    private static boolean nested(List<AdmittedRange> ranges) {
        for (AdmittedRange a : ranges) {
            for (AdmittedRange b : ranges) {
                if (!Objects.equals(a.unit(), b.unit()) || !(a.within(b) || b.within(a))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<AdmittedRange> distinct(List<AdmittedRange> ranges) {
        List<AdmittedRange> distinct = new ArrayList<>();
        for (AdmittedRange r : ranges) {
            if (distinct.stream().noneMatch(r::sameAs)) {
                distinct.add(r);
            }
        }
        return distinct;
    }
}
