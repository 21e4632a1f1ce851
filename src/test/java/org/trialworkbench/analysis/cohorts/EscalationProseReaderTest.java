package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.SubjectRange;

class EscalationProseReaderTest {
    private final EscalationProseReader reader =
            new EscalationProseReader(new DoseExpressionReader(), new AdministrationReader());

    @Test
    void readsPunctuatedProseWithNumberWordsAndGatesBeforeTheNextStep() {
        String text = "The first three patients will receive drug X 0.5 mg/kg once. If no DLT is observed within "
                + "28 days, the next 3 patients will receive 1 mg/kg twice. Provided that fewer than 2 of 6 "
                + "patients have a DLT, the next three patients will receive 2 mg/kg three times. The study ends.";

        List<EscalationStep> steps = reader.read(text);

        assertThat(steps).extracting(EscalationStep::subjects)
                .containsExactly(new SubjectRange(1, 3), new SubjectRange(4, 6), new SubjectRange(7, 9));
        assertThat(steps).extracting(s -> s.dose().quantity())
                .containsExactly(new Quantity(0.5, "mg/kg"), new Quantity(1, "mg/kg"), new Quantity(2, "mg/kg"));
        assertThat(steps).extracting(s -> s.administration().count()).containsExactly(1, 2, 3);
        assertThat(steps.get(0).gate()).isEqualTo("no DLT is observed within 28 days");
        assertThat(steps.get(1).gate()).isEqualTo("fewer than 2 of 6 patients have a DLT");
        assertThat(steps.get(2).gate()).isNull();
        assertThat(steps.get(2).sourceText()).doesNotContain("study ends");
    }

    @Test
    void readsSubjectsWrittenAsToRange() {
        List<EscalationStep> steps = reader.read("the first 3 subjects will receive 10 mg once; "
                + "the next 4 to 6 subjects will receive 20 mg once");
        assertThat(steps.get(1).subjects()).isEqualTo(new SubjectRange(4, 6));
        assertThat(steps.get(1).size()).isEqualTo(3);
    }

    @Test
    void leavesSizeOpenForCohortsOfARange() {
        List<EscalationStep> steps = reader.read("Cohorts of 3-6 patients will receive escalating doses of 10 mg/kg");
        assertThat(steps).singleElement().satisfies(s -> {
            assertThat(s.subjects()).isNull();
            assertThat(s.size()).isNull();
            assertThat(s.sourceText()).contains("3-6 patients");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "in 10 patients with CTD by intravenous transfusion",
            "Patients will receive standard care.",
            "the next subjects will receive",
    })
    void readsNoStepWhereNoGroupReceivesAnything(String text) {
        assertThat(reader.read(text)).isEmpty();
        assertThat(reader.read(null)).isEmpty();
    }

    /** NCT04361422's groups: a group given several drugs' doses keeps dose, schedule and route unread. */
    @Test
    void readsNoDoseOfAGroupGivenSeveralDrugsDoses() {
        String text = "Group (1): 50 patients will receive isotretinoin 0.5 mg/kg/day for one month or until viral clearance.\n\n"
                + "Group (2): 50 patients will receive standard therapy for COVID-19 (Paracetamol 500 mg /6h, Hydroxychloroquine "
                + "500 mg/ 12h, Oseltamivir 150 mg /12 h for 5 days, Azithromycin 1 gm first day then 500 mg/day for 1st line or "
                + "Clarithromycin 500 mg/12 h for 7-14 days, Ascorbic acid 500 mg/12 h and Cyanocobalamin IV once daily).\n\n"
                + "Group (3): 50 patients will receive standard therapy for COVID-19 + isotretinoin 0.25 mg/kg/day for one month.";

        List<EscalationStep> steps = reader.read(text);

        assertThat(steps).hasSize(3);
        EscalationStep standard = steps.get(1);
        assertThat(standard.dose()).isNull();
        assertThat(standard.intervention()).isNull();
        assertThat(standard.administration()).isEqualTo(Administration.NONE);
        assertThat(standard.doseText()).startsWith("standard therapy for COVID-19 (Paracetamol 500 mg");
        assertThat(standard.size()).isEqualTo(50);
        assertThat(steps.get(2).dose().quantity()).isEqualTo(new Quantity(0.25, "mg/kg/day"));
    }

    /** Through CohortReader: the trial's one active intervention names only the groups given a dose. */
    @Test
    void givesTheOnlyActiveInterventionOnlyToDosedGroups() {
        String text = "Group (1): 50 patients will receive isotretinoin 0.5 mg/kg/day for one month.\n\n"
                + "Group (2): 50 patients will receive standard therapy for COVID-19 (Paracetamol 500 mg /6h, Oseltamivir 150 mg /12 h for 5 days).\n\n"
                + "Group (3): 50 patients will receive standard therapy for COVID-19 + isotretinoin 0.25 mg/kg/day for one month.";
        org.trialworkbench.model.Trial trial = org.trialworkbench.model.Trial.builder().id("t").briefTitle("t").detailedDescription(text)
                .addIntervention(new org.trialworkbench.model.Intervention(org.trialworkbench.model.InterventionType.DRUG,
                        "Isotretinoin Only Product in Oral Dose Form", "oral isotretinoin", List.of()))
                .build();
        List<org.trialworkbench.model.Cohort> cohorts = new CohortReader().read(trial);
        assertThat(cohorts).extracting(org.trialworkbench.model.Cohort::intervention)
                .containsExactly("isotretinoin", null, "Isotretinoin Only Product in Oral Dose Form");
    }
}
