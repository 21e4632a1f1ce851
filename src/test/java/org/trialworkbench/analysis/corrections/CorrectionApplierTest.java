package org.trialworkbench.analysis.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.fixtures.SampleTrials;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;

class CorrectionApplierTest {
    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");
    private final Trial reading = SampleTrials.full("NCT00000001");

    private static Correction correction(String id, String target, String field, String original, String corrected) {
        return new Correction(id, target, field, original, corrected, "rev", T, null, false);
    }

    private Trial withCorrections(Correction... corrections) {
        return reading.toBuilder().corrections(List.of(corrections)).build();
    }

    @Test
    void correctedThresholdShowsTheNewValueWithAFlagAndKeepsTheOriginalInTheCorrection() {
        Correction c = correction("c1", "criterion:I1/threshold:0", "value", "11", "10");
        Trial corrected = CorrectionApplier.apply(withCorrections(c));

        Threshold t = corrected.eligibility().criteria().get(0).thresholds().get(0);
        assertThat(t.value()).isEqualTo(10);
        assertThat(t.flags()).containsExactly(CorrectionApplier.FLAG);
        assertThat(t.normalized()).as("computed from the reading, so no longer valid").isNull();
        assertThat(corrected.corrections()).containsExactly(c);
        // the second threshold and the reading itself are untouched
        assertThat(corrected.eligibility().criteria().get(0).thresholds().get(1))
                .isEqualTo(reading.eligibility().criteria().get(0).thresholds().get(1));
        assertThat(reading.eligibility().criteria().get(0).thresholds().get(0).value()).isEqualTo(11);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            criterion:I1              | kind             | EXCLUSION
            criterion:I1/threshold:0  | comparator       | <=
            criterion:I1/threshold:1  | upper            | 70
            criterion:I1/threshold:0  | unit             | g/L
            criterion:I1/threshold:0  | parameter        | hematocrit
            outcome:P1                | timePoints       | 0 DAY "Baseline"; 6 MONTH
            outcome:P1                | recurrence.every | 3 MONTH
            outcome:P1                | recurrence.until | 24 MONTH
            outcome:S1                | timePoints       | 12 WEEK
            cohort:C1                 | dose             | 2000000 cells/kg
            cohort:C1                 | administrations  | 2
            cohort:C1                 | subjects         | 1-6
            cohort:C1                 | interval         | 2 WEEK
            """)
    void everyFieldIsShownCorrectedAndRevertsToTheReading(String target, String field, String value) {
        String original = CorrectionApplier.read(reading, target, field).orElseThrow().orElse(null);
        Correction c = correction("c", target, field, original, value);
        Trial corrected = CorrectionApplier.apply(withCorrections(c));

        assertThat(CorrectionApplier.read(corrected, target, field).orElseThrow()).contains(value);
        assertThat(corrected).isNotEqualTo(withCorrections(c));
        Trial back = CorrectionApplier.revert(corrected);
        if (!List.of("value", "unit", "parameter").contains(field)) {
            assertThat(back).isEqualTo(withCorrections(c));
        }
        assertThat(CorrectionApplier.read(back, target, field).orElseThrow()).isEqualTo(java.util.Optional.ofNullable(original));
    }

    @Test
    void anUnreadScheduleGainsTimePointsAndRevertsToUnread() {
        Correction c = correction("c", "outcome:S1", "timePoints", null, "12 WEEK");
        Trial corrected = CorrectionApplier.apply(withCorrections(c));
        assertThat(corrected.outcomes().get(1).schedule().timePoints()).containsExactly(new Offset(12, TimeUnit.WEEK, null));
        assertThat(CorrectionApplier.revert(corrected).outcomes().get(1).schedule()).isNull();
    }

    @Test
    void aCorrectionWhoseSourceChangedIsNotApplied() {
        Correction stale = new Correction("c", "criterion:I1", "kind", "INCLUSION", "EXCLUSION", "rev", T, "old text", true);
        Trial t = withCorrections(stale);
        assertThat(CorrectionApplier.apply(t)).isEqualTo(t);
        assertThat(CorrectionApplier.revert(t)).isEqualTo(t);
    }

    @Test
    void correctionsOfMissingTargetsOrUnreadableValuesLeaveTheReading() {
        Trial t = withCorrections(correction("a", "criterion:I9", "kind", "INCLUSION", "EXCLUSION"),
                correction("b", "criterion:I1/threshold:7", "value", "1", "2"),
                correction("c", "criterion:I1", "kind", "INCLUSION", "sometimes"),
                correction("d", "cohort:C1", "colour", null, "blue"));
        assertThat(CorrectionApplier.apply(t)).isEqualTo(t);
    }

    @Test
    void severalCorrectionsOfOneThresholdRevertExactlyApartFromTheNormalizedValue() {
        Trial t = withCorrections(correction("a", "criterion:I1/threshold:0", "comparator", "<", "<="),
                correction("b", "criterion:I1/threshold:0", "upper", null, "12"),
                correction("c", "criterion:I1", "kind", "INCLUSION", "EXCLUSION"));
        Trial corrected = CorrectionApplier.apply(t);
        Threshold th = corrected.eligibility().criteria().get(0).thresholds().get(0);
        assertThat(th.comparator()).isEqualTo(Comparator.LE);
        assertThat(th.upper()).isEqualTo(12.0);
        assertThat(th.flags()).containsExactly(CorrectionApplier.FLAG);
        assertThat(corrected.eligibility().criteria().get(0).kind()).isEqualTo(CriterionKind.EXCLUSION);
        assertThat(CorrectionApplier.revert(corrected)).isEqualTo(t);
        assertThat(CorrectionApplier.apply(corrected)).as("applying twice changes nothing more").isEqualTo(corrected);
    }

    @Test
    void aCorrectedUnitIsNormalizedAgainAndLosesTheDoubtTheOldUnitRaised() {
        Threshold doubted = new org.trialworkbench.analysis.thresholds.ThresholdReader()
                .read("serum creatinine above 120 mmol/L").get(0);
        assertThat(doubted.normalized()).isNull();
        assertThat(doubted.flags()).contains("UNIT_IMPLAUSIBLE", "LIKELY_UNIT:umol/L");
        Threshold put = CorrectableFields.threshold("unit").orElseThrow().put(doubted, "µmol/L");
        assertThat(put.normalized().unit()).isEqualTo("mg/dL");
        assertThat(put.normalized().value()).isCloseTo(1.357, org.assertj.core.api.Assertions.within(0.001));
        assertThat(put.flags()).doesNotContain("UNIT_IMPLAUSIBLE", "LIKELY_UNIT:umol/L");
        Threshold back = CorrectableFields.threshold("unit").orElseThrow().put(put, "mmol/L");
        assertThat(back).isEqualTo(doubted); // the reading comes back whole, doubt included
    }
}
