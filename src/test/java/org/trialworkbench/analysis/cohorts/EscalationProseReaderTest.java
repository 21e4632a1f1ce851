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
}
