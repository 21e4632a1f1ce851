package org.trialworkbench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;
import org.trialworkbench.model.comparison.EligibilityComparison;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.model.comparison.RowKind;

class EligibilityAlignerTest {

    private static Threshold creatinine(Comparator c, double value, String unit, double mgPerDl) {
        return new Threshold("serum creatinine", "creatinine " + c.symbol() + " " + value + " " + unit, c, value, null, unit,
                new Quantity(mgPerDl, "mg/dL"), List.of());
    }

    private static Trial trial(String id, Age min, Age max, Criterion... criteria) {
        return Trial.builder().id(id).briefTitle(id)
                .eligibility(new Eligibility(min, max, null, null, "text", List.of(criteria))).build();
    }

    private final EligibilityComparison comparison = new EligibilityAligner().align(List.of(
            trial("A", new Age(15, AgeUnit.YEARS, true), new Age(65, AgeUnit.YEARS, true),
                    new Criterion("E1", CriterionKind.EXCLUSION, "serum creatinine above 120 umol/L",
                            List.of(creatinine(Comparator.GT, 120, "umol/L", 1.357)), false),
                    new Criterion("E2", CriterionKind.EXCLUSION, "HIV seropositivity", List.of(), false)),
            trial("B", new Age(16, AgeUnit.YEARS, true), new Age(65, AgeUnit.YEARS, false),
                    new Criterion("E1", CriterionKind.EXCLUSION, "serum creatinine is 2 mg/dl or more",
                            List.of(creatinine(Comparator.GE, 2, "mg/dl", 2)), false))));

    private EligibilityRow row(String key) {
        return comparison.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void putsAgeSexAndHealthyVolunteersFirst() {
        assertThat(comparison.rows()).extracting(EligibilityRow::key).startsWith("minimumAge", "maximumAge", "sex", "healthyVolunteers");
    }

    @Test
    void linesUpOneParameterInOneRowInItsCanonicalUnit() {
        EligibilityRow r = row("threshold:serum creatinine|EXCLUSION");
        assertThat(r.kind()).isEqualTo(RowKind.THRESHOLD);
        assertThat(r.unit()).isEqualTo("mg/dL");
        assertThat(r.cells()).extracting(c -> c.entries().get(0).display()).containsExactly("> 1.36 mg/dL (120 µmol/L)", "≥ 2 mg/dL");
        assertThat(r.cells().get(0).entries().get(0).sourceText()).isEqualTo("serum creatinine above 120 umol/L");
    }

    @Test
    void anExclusionWithALowerLimitExcludesMoreAndIsStricter() {
        EligibilityRow r = row("threshold:serum creatinine|EXCLUSION");
        assertThat(r.cells()).extracting(c -> c.verdict()).containsExactly(Verdict.STRICTEST, Verdict.LOOSEST);
    }

    @Test
    void aHigherMinimumAgeIsStricter() {
        assertThat(row("minimumAge").cells()).extracting(c -> c.verdict()).containsExactly(Verdict.LOOSEST, Verdict.STRICTEST);
        assertThat(row("maximumAge").cells()).extracting(c -> c.entries().get(0).display()).containsExactly("≤ 65 years", "< 65 years");
        assertThat(row("maximumAge").differs()).isTrue();
    }

    @Test
    void theSameThresholdStatedInTwoUnitsDoesNotDifferThoughEachCellShowsItsOwnSpelling() {
        org.trialworkbench.analysis.thresholds.ThresholdReader reader = new org.trialworkbench.analysis.thresholds.ThresholdReader();
        String perMm3 = "Platelets >= 100,000/mm3";
        String perLitre = "Platelet count >= 100 x 10^9/L";
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("A", null, null, new Criterion("I1", CriterionKind.INCLUSION, perMm3, reader.read(perMm3), false)),
                trial("B", null, null, new Criterion("I1", CriterionKind.INCLUSION, perLitre, reader.read(perLitre), false))));
        EligibilityRow platelets = c.rows().stream().filter(r -> r.kind() == RowKind.THRESHOLD).findFirst().orElseThrow();
        assertThat(platelets.cells()).extracting(cell -> cell.entries().get(0).display())
                .containsExactly("≥ 100 ×10⁹/L (100000 /mm3)", "≥ 100 ×10⁹/L");
        assertThat(platelets.differs()).isFalse();
    }

    @Test
    void criteriaWithoutThresholdsAreRowsOfTheirTrialOnly() {
        EligibilityRow r = row("text:A:E2");
        assertThat(r.kind()).isEqualTo(RowKind.TEXT);
        assertThat(r.cells().get(0).stated()).isTrue();
        assertThat(r.cells().get(1).stated()).isFalse();
    }

    @Test
    void aParameterStatedInMeasuresThatDoNotConvertNamesBothUnitsAndRanksNobody() {
        Threshold percent = new Threshold("FEV1", "FEV1 < 50% predicted", Comparator.LT, 50, null, "%",
                new Quantity(50, "%"), List.of());
        Threshold litres = new Threshold("FEV1", "FEV1 < 1.5 L", Comparator.LT, 1.5, null, "L",
                new Quantity(1.5, "L"), List.of());
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("A", null, null, new Criterion("E1", CriterionKind.EXCLUSION, "FEV1 < 50% predicted",
                        List.of(percent), false)),
                trial("B", null, null, new Criterion("E1", CriterionKind.EXCLUSION, "FEV1 < 1.5 L",
                        List.of(litres), false))));
        EligibilityRow r = c.rows().stream().filter(x -> x.key().equals("threshold:FEV1|EXCLUSION")).findFirst()
                .orElseThrow();
        assertThat(r.unit()).isEqualTo("% / L");
        assertThat(r.cells()).extracting(x -> x.verdict()).containsOnly(Verdict.NONE);
    }
}
