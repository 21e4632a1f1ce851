package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;

/** The three seeds with dosing, built by hand from the seed texts (the importers are separate work). */
class SeedCohortsTest {
    private final CohortReader reader = new CohortReader();

    @Test
    void readsSeed004ProseIntoThreeGatedCohorts() throws IOException {
        String seed = seed("004_31ad608487218485.txt");
        String description = seed.substring(seed.indexOf("Detailed Description: ") + "Detailed Description: ".length()).strip();
        Trial trial = Trial.builder().id("seed-004").briefTitle("AD-MSC for CTD-ILD")
                .detailedDescription(description).build();

        List<Cohort> cohorts = reader.read(trial);

        assertThat(cohorts).hasSize(3);
        Cohort c1 = cohorts.get(0);
        Cohort c2 = cohorts.get(1);
        Cohort c3 = cohorts.get(2);
        assertThat(c1.key()).isEqualTo("C1");
        assertThat(c1.subjects()).isEqualTo(new SubjectRange(1, 3));
        assertThat(c1.size()).isEqualTo(3);
        assertThat(c1.dose()).isEqualTo(new Quantity(1.0E6, "cells/kg"));
        assertThat(c1.administrations()).isEqualTo(1);
        assertThat(c1.cumulativeDose()).isEqualTo(new Quantity(1.0E6, "cells/kg"));
        assertThat(c1.gate()).isEqualTo("no adverse events after 4 weeks");
        assertThat(c1.intervention()).isEqualTo("AD-MSC");
        assertThat(c2.subjects()).isEqualTo(new SubjectRange(4, 7));
        assertThat(c2.size()).isEqualTo(4);
        assertThat(c2.dose()).isEqualTo(new Quantity(1.0E6, "cells/kg"));
        assertThat(c2.administrations()).isEqualTo(2);
        assertThat(c2.cumulativeDose()).isEqualTo(new Quantity(2.0E6, "cells/kg"));
        assertThat(c2.gate()).isEqualTo("no adverse events after 4 weeks of the last infusion");
        assertThat(c3.subjects()).isEqualTo(new SubjectRange(8, 10));
        assertThat(c3.size()).isEqualTo(3);
        assertThat(c3.administrations()).isEqualTo(3);
        assertThat(c3.cumulativeDose()).isEqualTo(new Quantity(3.0E6, "cells/kg"));
        assertThat(c3.gate()).isNull();
        assertThat(c3.sourceText()).startsWith("the next 8-10 subjects will receive").doesNotContain("major aims");
    }

    @Test
    void readsSeed000SingleIntravenousDose() throws IOException {
        String seed = seed("000_ba20f4bf161fb405.txt");
        String description = "Allogeneic mesenchymal stem cells will be infused intravenously (single dose, 10^6 cells/kg body weight).";
        assertThat(seed).contains(description);
        Trial trial = Trial.builder().id("seed-000").briefTitle("AlloMSC for SSc")
                .phases(List.of(Phase.PHASE1, Phase.PHASE2))
                .addIntervention(new Intervention(InterventionType.BIOLOGICAL,
                        "Allogeneic Mesenchymal Stem Cells (AlloMSC)", description, List.of()))
                .build();

        List<Cohort> cohorts = reader.read(trial);

        assertThat(cohorts).hasSize(1);
        Cohort c = cohorts.get(0);
        assertThat(c.intervention()).isEqualTo("Allogeneic Mesenchymal Stem Cells (AlloMSC)");
        assertThat(c.dose()).isEqualTo(new Quantity(1.0E6, "cells/kg"));
        assertThat(c.administrations()).isEqualTo(1);
        assertThat(c.cumulativeDose()).isEqualTo(new Quantity(1.0E6, "cells/kg"));
        assertThat(c.doseText()).contains("route: intravenous");
        assertThat(c.gate()).isNull();
    }

    @Test
    void readsSeed003RegimenIntoThreeSteps() throws IOException {
        String seed = seed("003_4f16fd12adea18a5.txt");
        String description = seed.lines().filter(l -> l.startsWith("After peripheral blood stem cell")).findFirst().orElseThrow();
        Trial trial = Trial.builder().id("seed-003").briefTitle("CD34+ selected ASCT for SSc")
                .phases(List.of(Phase.PHASE2))
                .addIntervention(new Intervention(InterventionType.PROCEDURE,
                        "autologous CD34+ stem cells-selected transplantation", description, List.of()))
                .build();

        List<Cohort> steps = reader.read(trial);

        assertThat(steps).extracting(Cohort::label).containsExactly("Mobilization", "Conditioning", "Transplantation");
        Cohort mobilization = steps.get(0);
        assertThat(mobilization.intervention()).isEqualTo("cyclophosphamide");
        assertThat(mobilization.dose()).isEqualTo(new Quantity(4, "g/m2"));
        assertThat(mobilization.administrations()).isEqualTo(1);
        assertThat(mobilization.doseText()).contains("G-CSF");
        Cohort conditioning = steps.get(1);
        assertThat(conditioning.intervention()).isEqualTo("cyclophosphamide");
        assertThat(conditioning.dose()).isEqualTo(new Quantity(50, "mg/kg"));
        assertThat(conditioning.administrations()).isEqualTo(4);
        assertThat(conditioning.interval()).isEqualTo(new Offset(1, TimeUnit.DAY, null));
        assertThat(conditioning.cumulativeDose()).isEqualTo(new Quantity(200, "mg/kg"));
        Cohort transplant = steps.get(2);
        assertThat(transplant.intervention()).isEqualTo("CD34+ cells");
        assertThat(transplant.dose()).isNull();
        assertThat(transplant.cumulativeDose()).isNull();
        assertThat(transplant.doseText()).contains("dose not stated");
    }

    static String seed(String name) throws IOException {
        try (InputStream in = SeedCohortsTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
