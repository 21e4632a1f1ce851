package org.trialworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.trialworkbench.ui.TestTrials;
import org.trialworkbench.ui.Texts;

class DoseCohortsPanelViewModelTest {
    private final DoseCohortsPanelViewModel model = new DoseCohortsPanelViewModel(
            FXCollections.observableArrayList(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));

    private ComparisonRow row(String label) {
        return model.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void armsByPositionWithTypeDescriptionAndInterventions() {
        assertThat(row("Arm 1").values()).containsExactly(
                "Drug A escalation (Experimental)\nAscending doses\nInterventions: Drug A",
                "Drug B (Experimental)\nInterventions: Drug B");
        assertThat(row("Arm 2").values()).containsExactly(Texts.MISSING,
                "Placebo (Placebo comparator)\nInterventions: Placebo");
    }

    @Test
    void interventionsWithTypeNameOtherNamesAndDescription() {
        assertThat(row("Intervention 1").values()).containsExactly(
                "Drug: Drug A\nAlso: XY-12\nOral tablet", "Drug: Drug B");
    }

    @Test
    void cohortsByKeyOnlyWhereRead() {
        assertThat(model.rows()).filteredOn(r -> r.section().equals(DoseCohortsPanelViewModel.COHORTS))
                .extracting(ComparisonRow::label).containsExactly("C1", "C2");
        assertThat(row("C1").values().get(0)).isEqualTo(
                "Cohort 1 (step 1)\nSubjects 3–6\nSize 6\nDrug A\nDose: 10 mg (\"10 mg\")\nGate: no DLT in 3 subjects");
        assertThat(row("C1").values().get(1)).isEqualTo(Texts.MISSING);
        assertThat(row("C1").differs()).isTrue();
    }
}
