package org.trialworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.TimeUnit;

class TextsTest {
    @ParameterizedTest
    @CsvSource({"1, YEARS, 1 year", "18, YEARS, 18 years", "6.5, MONTHS, 6.5 months", "0, DAYS, 0 days"})
    void ageAmounts(double value, AgeUnit unit, String expected) {
        assertThat(Texts.amount(value, unit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, DAY, 1 day", "28, DAY, 28 days", "12, MONTH, 12 months", "1.5, HOUR, 1.5 hours"})
    void timeAmounts(double value, TimeUnit unit, String expected) {
        assertThat(Texts.amount(value, unit)).isEqualTo(expected);
    }

    @Test
    void phasesAndStatusesAreReadable() {
        assertThat(Texts.phases(List.of(Phase.PHASE1, Phase.PHASE2))).isEqualTo("1/2");
        assertThat(Texts.phases(List.of(Phase.EARLY_PHASE1))).isEqualTo("Early 1");
        assertThat(Texts.phases(List.of())).isEqualTo(Texts.MISSING);
        assertThat(Texts.humanize(OverallStatus.ACTIVE_NOT_RECRUITING)).isEqualTo("Active not recruiting");
        assertThat(Texts.humanize(null)).isEqualTo(Texts.MISSING);
        assertThat(Texts.humanize(Allocation.NA)).isEqualTo("Not applicable");
    }

    @Test
    void oneLineJoinsTheLinesOfARegistryTitle() {
        // ICTRP's EU CTR titles keep the record's line breaks ("…AMYLOIDOSIS:\r\nAn open label …").
        assertThat(Texts.oneLine(" THE EFFECT OF DIFLUNISAL:\r\nAn open  label\tstudy \n"))
                .isEqualTo("THE EFFECT OF DIFLUNISAL: An open label study");
        assertThat(Texts.oneLine(null)).isNull();
    }
}
