package org.trialworkbench.ui.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CohortRowTest {

    @Test
    void aLabelThatOnlyRepeatsTheInterventionIsNotShownTwice() {
        // NCT00962923: the fixed-dose cohort is named after its product, already in the Intervention column
        CohortRow fixed = CohortRow.of(CohortTrials.FIXED, CohortTrials.fixedCellDose().cohorts().get(0));
        assertThat(fixed.cohort()).isEqualTo("C1");
        assertThat(fixed.intervention()).startsWith("Allogeneic Mesenchymal Stem Cells (AlloMSC)");

        CohortRow step = CohortRow.of(CohortTrials.ESCALATION, CohortTrials.cellEscalation().cohorts().get(1));
        assertThat(step.cohort()).isEqualTo("C2\nCohort 2");
    }
}
