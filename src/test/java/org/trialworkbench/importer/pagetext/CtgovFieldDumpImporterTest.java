package org.trialworkbench.importer.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.LocalIds;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.Trial;

class CtgovFieldDumpImporterTest {
    private static final String TITLE = "Allogenic Adipose Tissue Derived-MSCs Therapy in Patients With Connective Tissue"
            + " Diseases-associated Interstitial Lung DiseaseCTD-ILD Phase IIIa Clinical Trial";
    static ParsedRecord record;
    static Trial trial;

    @BeforeAll
    static void parseSeed() {
        record = Seeds.only(new CtgovFieldDumpImporter(), Seeds.FIELD_DUMP);
        trial = record.trial();
    }

    @Test
    void derivesTheIdFromTheOfficialTitleWhenNoRegistryIdIsGiven() {
        assertThat(trial.id()).isEqualTo(LocalIds.fromTitle(TITLE)).startsWith(LocalIds.PREFIX);
        assertThat(trial.registryIds()).isEmpty();
        assertThat(record.warnings()).anyMatch(w -> w.message().contains("no registry id"));
    }

    @Test
    void usesTheOfficialTitleAsBriefTitleAndReadsNoneAsNoAcronym() {
        assertThat(trial.officialTitle()).isEqualTo(TITLE);
        assertThat(trial.briefTitle()).isEqualTo(TITLE);
        assertThat(trial.acronym()).isNull();
        assertThat(trial.overallStatus()).isEqualTo(OverallStatus.RECRUITING);
    }

    @Test
    void keepsSummaryAndTheMultiLineDescriptionAsWritten() {
        assertThat(trial.briefSummary()).startsWith("Connective tissue disease CTD an autoimmune")
                .endsWith("for patients with ILD have been reported");
        assertThat(trial.detailedDescription()).hasLineCount(2)
                .startsWith("Mesenchymal stem cells MSCs are adult multipotent cells")
                .contains("The initial 3 subjects will receive low-dose AD-MSC 1x10E6 cellskg infusion therapy only once")
                .contains("the next 8-10 subjects will receive AD-MSC 1x10E6 cellskg infusion therapy three times")
                .endsWith("identify an optimal dose of the used AD-MSC");
    }

    @Test
    void doesNotTakeThePhaseFromTheTitleButSaysItIsMentioned() {
        assertThat(trial.phases()).isEmpty();
        assertThat(record.warnings()).anyMatch(w -> w.location().equals("Phase") && w.message().contains("PHASE3"));
    }

    @Test
    void readsLabelledPhaseDesignAndIdWhenTheDumpHasThem() {
        String dump = """
                NCT ID: NCT01234567
                Official Title: A Phase 3 trial
                Brief Title: Trial
                Status: COMPLETED
                Phases: PHASE3
                Allocation: RANDOMIZED
                Masking: TRIPLE
                Start Date: 2020-01
                """;
        Trial t = Seeds.only(new CtgovFieldDumpImporter(), new BytesDocument("d.txt", dump.getBytes(StandardCharsets.UTF_8))).trial();
        assertThat(t.id()).isEqualTo("NCT01234567");
        assertThat(t.registryIds()).containsExactly(new RegistryId("NCT01234567", RegistryIds.CTGOV));
        assertThat(t.phases()).containsExactly(Phase.PHASE3);
        assertThat(t.design().allocation()).isEqualTo(Allocation.RANDOMIZED);
        assertThat(t.design().masking()).isEqualTo(Masking.TRIPLE);
        assertThat(t.dates().start()).isEqualTo("2020-01");
        assertThat(t.overallStatus()).isEqualTo(OverallStatus.COMPLETED);
    }
}
