package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.Trial;

/** "Cohort(s) N[-M]: dose" lists in an intervention or arm text: one cohort per listed cohort. */
class CohortListReaderTest {
    private final CohortListReader reader = new CohortListReader(new DoseExpressionReader(), new AdministrationReader());

    /** Text (";" stands for a line break) → doses per cohort as "value unit", "-" for a dose left unread. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Formulated as a tablet.;* Cohorts 1-3: 16 mg QD;* Cohort 4: 8 mg BID;* Cohort 5: randomized to 8 mg BID or 6 mg BID;* Cohorts 6 and 7: 8 mg BID"
                    + " | 16.0 mg,16.0 mg,16.0 mg,8.0 mg,-,8.0 mg,8.0 mg",
            "Cohort 1: 0.2 mg/kg infused every other week;Cohort 2: 0.2 mg/kg infused weekly | 0.2 mg/kg,0.2 mg/kg",
            "Cohort A: 100 mg once daily; Cohort B: 200 mg once daily                       | 100.0 mg,200.0 mg",
            "Cohort 2: 1 mg/kg weekly;Cohort 1: 0.5 mg/kg weekly;Cohort 3: 2 mg/kg weekly  | 0.5 mg/kg,1.0 mg/kg,2.0 mg/kg",
            "cohorts 1 to 2: 10 mg；cohort 3： 20 mg                                          | 10.0 mg,10.0 mg,20.0 mg",
    })
    void readsOneStepPerListedCohort(String text, String expected) {
        List<EscalationStep> steps = reader.read(text.replace(";", "\n"), "Drug X");
        assertThat(steps).extracting(s -> s.dose() == null ? "-" : s.dose().quantity().value() + " " + s.dose().quantity().unit())
                .containsExactly(expected.split(","));
        assertThat(steps).allSatisfy(s -> assertThat(s.intervention()).isEqualTo("Drug X"));
    }

    @Test
    void takesTheRouteOfTheWholeTextWhenTheItemNamesNone() {
        List<EscalationStep> steps = reader.read("Formulated as a tablet for oral administration.\n* Cohort 1: 16 mg QD\n"
                + "* Cohort 2: 8 mg given intravenously", "X");
        assertThat(steps).extracting(s -> s.administration().route()).containsExactly("oral", "intravenous");
    }

    @Test
    void keepsTheWordsOfACohortWithSeveralDosesAndReadsNoScheduleForIt() {
        EscalationStep options = reader.read("Cohort 1: 16 mg QD\nCohort 2: randomized to 8 mg BID or 10 mg QD", "X").get(1);
        assertThat(options.dose()).isNull();
        assertThat(options.doseText()).isEqualTo("randomized to 8 mg BID or 10 mg QD");
        assertThat(options.administration().interval()).isNull();
    }

    /** Population cohorts, a dose of something else in a population item, one cohort only, a cohort named twice. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Cohort 1: previously treated patients with EGFR exon 20 NSCLC (N=57);Cohort 2: treatment-naive patients",
            "Cohort 1: patients previously treated with cisplatin 75 mg/m2;Cohort 2: patients who received docetaxel 60 mg/m2",
            "Cohort 1: 16 mg QD",
            "Cohort 1: 10 mg;Cohort 1: 20 mg",
            "Cohorts 3-1: 10 mg;Cohort 4: 20 mg",
            "Cohort 1 (n = 20) received 10 mg; cohort 2 (n = 20) received 20 mg",
    })
    void readsNothingFromListsThatGiveNoDosePerCohort(String text) {
        assertThat(reader.read(text.replace(";", "\n"), "X")).isEmpty();
    }

    @Test
    void cohortReaderUsesAnInterventionsCohortListBeforeAFixedDose() {
        Trial trial = Trial.builder().id("t").briefTitle("t").phases(List.of(Phase.PHASE2))
                .addArm(new Arm("Drug X", ArmType.EXPERIMENTAL, "Cohort 1: EGFR patients\nCohort 2: HER2 patients", List.of("Drug: Drug X")))
                .addIntervention(new Intervention(InterventionType.DRUG, "Drug X", "Tablets.\n* Cohort 1: 16 mg QD\n* Cohort 2: 8 mg BID", List.of()))
                .build();
        List<Cohort> cohorts = new CohortReader().read(trial);
        assertThat(cohorts).extracting(Cohort::label).containsExactly("Cohort 1", "Cohort 2");
        assertThat(cohorts).extracting(c -> c.dose().value()).containsExactly(16.0, 8.0);
    }
}
