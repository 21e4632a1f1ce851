package org.trialworkbench.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;

/**
 * Which trial is stricter on one parameter, judged on the values each trial's limits admit
 * ({@link AdmittedRange}). A trial may state several limits of one parameter, often a general one
 * and a looser one for a subgroup ("ALT ≤ 2.5 × ULN; ≤ 5 × ULN with liver metastases"); whether
 * it admits the values of its strictest range or of its loosest, its limits lie between the two.
 * Trial A is then surely at least as strict as B when even A's loosest range lies inside B's
 * strictest. Verdicts are given only when every two trials are so ordered, all limits read, in
 * one unit, and each trial's own ranges nested: "18–65" and "20–75 years" rank nobody, nor a
 * minimum and a maximum, nor "ANC ≥ 1.5, or ≥ 1.0 with marrow involvement" against "≥ 1.2".
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
        List<Span> spans = new ArrayList<>();
        for (List<AdmittedRange> ranges : perTrial) {
            if (ranges.stream().anyMatch(Objects::isNull) || !nested(ranges)) {
                return none;
            }
            spans.add(ranges.isEmpty() ? null : Span.of(ranges));
        }
        List<Span> stated = spans.stream().filter(Objects::nonNull).toList();
        if (stated.size() < 2 || !ordered(stated)) {
            return none;
        }
        return spans.stream().map(s -> s == null ? Verdict.NONE : verdict(s, stated)).toList();
    }

    /** Compared with the other trials only: a trial of a general and a subgroup limit is not "as strict as" itself. */
    private static Verdict verdict(Span s, List<Span> stated) {
        List<Span> others = stated.stream().filter(o -> o != s).toList();
        boolean strictest = others.stream().allMatch(s::atLeastAsStrictAs);
        boolean loosest = others.stream().allMatch(o -> o.atLeastAsStrictAs(s));
        return strictest && loosest ? Verdict.SAME : strictest ? Verdict.STRICTEST : loosest ? Verdict.LOOSEST : Verdict.NONE;
    }

    private static boolean ordered(List<Span> spans) {
        for (Span a : spans) {
            for (Span b : spans) {
                if (a != b && !a.atLeastAsStrictAs(b) && !b.atLeastAsStrictAs(a)) {
                    return false;
                }
            }
        }
        return true;
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

    /** A trial's strictest and loosest admitted range (the same for a trial of one limit). */
    private record Span(AdmittedRange strictest, AdmittedRange loosest) {
        static Span of(List<AdmittedRange> nestedRanges) {
            AdmittedRange inner = nestedRanges.get(0);
            AdmittedRange outer = nestedRanges.get(0);
            for (AdmittedRange r : nestedRanges) {
                inner = r.within(inner) ? r : inner;
                outer = outer.within(r) ? r : outer;
            }
            return new Span(inner, outer);
        }

        boolean atLeastAsStrictAs(Span other) {
            return Objects.equals(loosest.unit(), other.strictest.unit()) && loosest.within(other.strictest);
        }
    }
}
