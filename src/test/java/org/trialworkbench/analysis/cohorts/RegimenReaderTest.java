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

    @Test
    void readsNoRegimenFromTextWithoutStepWords() {
        assertThat(reader.read("Tucatinib 300 mg twice daily.", "Tucatinib")).isEmpty();
        assertThat(reader.read(null, "x")).isEmpty();
    }
}
