package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.Trial;

class CohortReaderGateTest {
    /**
     * NCT04402008's parallel dose-finding arms (once daily and twice daily): the 3+3 rule gates each
     * arm's steps but its last, and does not lead from the QD arm's top dose to the BID arm's first.
     */
    @Test
    void gatesEachParallelArmButItsLastStep() {
        Trial trial = Trial.builder().id("t").briefTitle("t").phases(List.of(Phase.PHASE1, Phase.PHASE2))
                .detailedDescription("Each group will undergo a dose-finding scheme using a 3+3 design with the assessment "
                        + "of dose-limiting toxicities (DLTs) at up to three dose levels.")
                .addArm(new Arm("Phase 1: Once Daily Dosing", ArmType.EXPERIMENTAL,
                        "Dose finding at 8 mg, 12 mg, or 16 mg of poziotinib once daily in 28-day treatment cycles.",
                        List.of("Drug: Poziotinib Once Daily Dosing")))
                .addArm(new Arm("Phase 1: Twice Daily Dosing", ArmType.EXPERIMENTAL,
                        "Dose finding at 4 mg, 6 mg, or 8 mg of poziotinib twice daily in 28-day treatment cycles.",
                        List.of("Drug: Poziotinib Twice Daily Dosing")))
                .build();

        List<Cohort> cohorts = new CohortReader().read(trial);

        assertThat(cohorts).extracting(c -> c.dose().value()).containsExactly(8.0, 12.0, 16.0, 4.0, 6.0, 8.0);
        assertThat(cohorts).extracting(c -> c.gate() != null).containsExactly(true, true, false, true, true, false);
    }
}
