package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Quantity;

class DoseLevelArmReaderTest {
    private final DoseLevelArmReader reader = new DoseLevelArmReader(new DoseExpressionReader(), new AdministrationReader());

    private static Arm arm(String label) {
        return new Arm(label, ArmType.EXPERIMENTAL, null, List.of());
    }

    private static Arm arm(String label, ArmType type) {
        return new Arm(label, type, null, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dose Level 1: 0.5 mg/kg                | 1",
            "Cohort 2: 1 x 10^7 cells               | 2",
            "BMS-986315 Dose Level (DL) 1           | 1",
            "cohort A：dose level 3 of SSGJ-707      | 3",
            "AKB-6548, starting dose 2              | 2",
            "Dose level -1                          | -1",
            "DL -1: 0.25 mg/kg                      | -1",
    })
    void readsTheLevelNumber(String label, int level) {
        assertThat(DoseLevelArmReader.level(label)).isEqualTo(level);
    }

    @Test
    void ordersDeEscalationLevelBeforeLevelOne() {
        List<EscalationStep> steps = reader.read(List.of(arm("Dose Level 1: 0.5 mg/kg"), arm("Dose Level 2: 1 mg/kg"),
                arm("Dose Level -1: 0.25 mg/kg")), List.of(), null);
        assertThat(steps).extracting(s -> s.dose().quantity()).containsExactly(
                new Quantity(0.25, "mg/kg"), new Quantity(0.5, "mg/kg"), new Quantity(1, "mg/kg"));
    }

    @Test
    void leavesOutPlaceboComparatorAndExpansionWithoutDose() {
        List<EscalationStep> steps = reader.read(List.of(arm("Part A dose escalation"), arm("Dose expansion"),
                arm("Placebo", ArmType.PLACEBO_COMPARATOR), arm("Matching placebo low dose"),
                arm("Standard of care", ArmType.ACTIVE_COMPARATOR)), List.of(), null);
        assertThat(steps).extracting(EscalationStep::label).containsExactly("Part A dose escalation");
    }

    @Test
    void ordersUnnumberedDosedArmsByDose() {
        List<EscalationStep> steps = reader.read(List.of(arm("Phase I: 74 Gy/37 fx"), arm("Phase I: 70 Gy/35 fx")),
                List.of(), "radiation dose escalation");
        assertThat(steps).extracting(s -> s.statedTotal().quantity().value()).containsExactly(70.0, 74.0);
        assertThat(steps).extracting(s -> s.administration().count()).containsExactly(35, 37);
    }

    @Test
    void readsNoStepFromASingleArmWithoutCue() {
        assertThat(reader.read(List.of(arm("Olaparib, radiation +/- Cisplatin")), List.of(), null)).isEmpty();
        assertThat(reader.read(List.of(), List.of(), null)).isEmpty();
    }
}
