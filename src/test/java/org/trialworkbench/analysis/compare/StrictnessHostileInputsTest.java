package org.trialworkbench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;

/** Limits no reader should produce but a damaged record or a future reader might: never ranked, never a crash. */
class StrictnessHostileInputsTest {
    private static final Scales.Scale MEASURED = Scales.STANDARD.of("platelets");

    private static Threshold platelets(Comparator c, double value, Double upper, Quantity normalized) {
        return new Threshold("platelets", "platelets", c, value, upper, "x10^9/L", normalized, List.of());
    }

    private static AdmittedRange inclusion(Threshold t) {
        return AdmittedRange.of(CriterionKind.INCLUSION, t, MEASURED);
    }

    @Test
    void aValueThatIsNotANumberIsNotARange() {
        assertThat(inclusion(platelets(Comparator.GE, Double.NaN, null, new Quantity(Double.NaN, "10*9/L")))).isNull();
    }

    @Test
    void aRangeWhoseUpperBoundLiesBelowItsLowerIsNotARange() {
        assertThat(inclusion(platelets(Comparator.BETWEEN, 150, 100.0, new Quantity(150, "10*9/L")))).isNull();
    }

    @Test
    void aRangeWithoutItsUpperBoundIsNotARange() {
        assertThat(inclusion(platelets(Comparator.BETWEEN, 100, null, new Quantity(100, "10*9/L")))).isNull();
    }

    @Test
    void anExcludedMiddleRangeAdmitsTwoPiecesAndIsNotOneRange() {
        Threshold middle = platelets(Comparator.BETWEEN, 50, 100.0, new Quantity(50, "10*9/L"));
        assertThat(AdmittedRange.of(CriterionKind.EXCLUSION, middle, MEASURED)).isNull();
    }

    @Test
    void anUnreadableLimitOfOneTrialRanksNobody() {
        AdmittedRange hundred = inclusion(platelets(Comparator.GE, 100, null, new Quantity(100, "10*9/L")));
        AdmittedRange seventyFive = inclusion(platelets(Comparator.GE, 75, null, new Quantity(75, "10*9/L")));
        List<AdmittedRange> unreadable = new java.util.ArrayList<>();
        unreadable.add(null);
        assertThat(StrictnessJudge.judge(List.of(List.of(hundred), List.of(seventyFive), unreadable)))
                .containsOnly(Verdict.NONE);
        assertThat(StrictnessJudge.judge(List.of(List.of(hundred), List.of(seventyFive), List.of())))
                .containsExactly(Verdict.STRICTEST, Verdict.LOOSEST, Verdict.NONE);
    }

    @Test
    void limitsInUnitsThatDoNotConvertRankNobody() {
        AdmittedRange perLitre = inclusion(platelets(Comparator.GE, 100, null, new Quantity(100, "10*9/L")));
        AdmittedRange uln = inclusion(platelets(Comparator.GE, 1, null, new Quantity(1, "ULN")));
        assertThat(StrictnessJudge.judge(List.of(List.of(perLitre), List.of(uln)))).containsOnly(Verdict.NONE);
    }
}
