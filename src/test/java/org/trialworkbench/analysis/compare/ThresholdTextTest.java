package org.trialworkbench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.analysis.thresholds.ThresholdReader;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Threshold;

/** Cell texts of thresholds read from real criterion wordings. */
class ThresholdTextTest {
    private final ThresholdReader reader = new ThresholdReader();

    private String cell(String criterion) {
        List<Threshold> read = reader.read(criterion);
        assertThat(read).as(criterion).hasSize(1);
        return ThresholdText.of(read.get(0));
    }

    @Test
    void aConvertedValueShowsThreeDigitsAndTheValueAsStated() {
        assertThat(cell("Serum creatinine > 120 umol/L")).isEqualTo("> 1.36 mg/dL (120 µmol/L)");
    }

    @Test
    void aValueInTheCommonUnitAlreadyIsShownAsStated() {
        assertThat(cell("Serum creatinine > 1.5 mg/dL")).isEqualTo("> 1.5 mg/dL");
        assertThat(cell("Hemoglobin >= 9 g/dL")).isEqualTo("≥ 9 g/dL");
    }

    @Test
    void aValueWithoutUnitIsShownAsStated() {
        assertThat(cell("ECOG performance status of 0 to 2")).doesNotContain("(");
    }

    @Test
    void aRangeIsConvertedByItsLowerBoundsFactorOrShownAsStatedWhenThatIsZero() {
        assertThat(cell("Serum creatinine between 60 and 120 umol/L")).isEqualTo("0.679–1.36 mg/dL (60–120 µmol/L)");
        Threshold fromZero = new Threshold("creatinine", "creatinine 0-120 umol/L", Comparator.BETWEEN, 0, 120.0,
                "umol/L", new Quantity(0, "mg/dL"), List.of());
        assertThat(ThresholdText.of(fromZero)).isEqualTo("0–120 µmol/L");
    }

    @Test
    void weeksThatAreWholeMonthsShowAsThoseMonthsWithTheWeeksAsStated() {
        // NCT05821933, NCT06032936: the same limit as "life expectancy >= 3 months" (NCT02652234).
        assertThat(cell("Expected survival period of at least 12 weeks")).isEqualTo("≥ 3 months (12 weeks)");
        assertThat(cell("Life expectancy of at least 10 weeks")).isEqualTo("≥ 2.3 months (10 weeks)");
    }
}
