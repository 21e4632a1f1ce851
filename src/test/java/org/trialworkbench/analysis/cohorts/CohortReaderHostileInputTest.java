package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Trial;

class CohortReaderHostileInputTest {
    private final CohortReader reader = new CohortReader();

    @Test
    void readsNothingFromAnEmptyTrial() {
        assertThat(reader.read(Trial.builder().id("t").briefTitle("t").build())).isEmpty();
    }

    @Test
    void neverInventsADoseFromNumbersWithoutUnits() {
        Trial trial = Trial.builder().id("t").briefTitle("t")
                .addArm(new Arm("Dose Level 1", ArmType.EXPERIMENTAL, "Level 1 of 3", List.of()))
                .addArm(new Arm("Dose Level 2", ArmType.EXPERIMENTAL, "Level 2 of 3", List.of()))
                .build();
        List<Cohort> cohorts = reader.read(trial);
        assertThat(cohorts).hasSize(2).allSatisfy(c -> {
            assertThat(c.dose()).isNull();
            assertThat(c.cumulativeDose()).isNull();
            assertThat(c.doseText()).contains("dose not stated");
        });
    }

    @Test
    void explainsAMissingCumulativeDose() {
        Trial trial = Trial.builder().id("t").briefTitle("t")
                .addIntervention(new Intervention(InterventionType.DRUG, "X", "X 10 mg/kg Q3W until progression", List.of()))
                .build();
        Cohort c = reader.read(trial).get(0);
        assertThat(c.cumulativeDose()).isNull();
        assertThat(c.doseText()).endsWith("[cumulative dose not computed: number of administrations not stated]");
    }

    @Test
    void survivesHugeAndOddText() {
        String junk = "1x10E6 cellskg ".repeat(500) + "the next 4-7 subjects will receive ".repeat(200)
                + "\u0000 ± × 10^ mg/kg ,,,, ;;; ((( " + "9".repeat(2000);
        Trial trial = Trial.builder().id("t").briefTitle("t").detailedDescription(junk).briefSummary(junk)
                .addIntervention(new Intervention(InterventionType.DRUG, "X", junk, List.of()))
                .addArm(new Arm("Dose Level 1: " + junk, ArmType.EXPERIMENTAL, junk, List.of("Drug: X")))
                .build();
        assertThatCode(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> reader.read(trial))).doesNotThrowAnyException();
    }
}
