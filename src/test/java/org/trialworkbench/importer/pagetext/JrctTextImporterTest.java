package org.trialworkbench.importer.pagetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.ImportWarning;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.PrimaryPurpose;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.Trial;

class JrctTextImporterTest {
    static ParsedRecord record;
    static Trial trial;

    @BeforeAll
    static void parseSeed() {
        record = Seeds.only(new JrctTextImporter(), Seeds.JRCT);
        trial = record.trial();
    }

    @Test
    void readsTheJrctIdAndTheUminSecondaryId() {
        assertThat(trial.id()).isEqualTo("jRCTc071190041");
        assertThat(trial.registryIds()).containsExactly(new RegistryId("jRCTc071190041", RegistryIds.JRCT),
                new RegistryId("UMIN000028381", RegistryIds.UMIN));
    }

    @Test
    void readsBothTitlesWithoutTheirRepeatedCopies() {
        assertThat(trial.briefTitle()).isEqualTo("A clinical trial of autologous stem cell transplantation for severe systemic sclerosis");
        assertThat(trial.officialTitle()).isEqualTo(
                "A single-arm, open-label, phase 2 study of autologous CD34+ stem cells-selected transplantation for severe systemic sclerosis");
    }

    @Test
    void readsThePhaseFromTheScientificTitleAndSaysSo() {
        assertThat(trial.phases()).containsExactly(Phase.PHASE2);
        assertThat(record.warnings()).anyMatch(w -> w.message().contains("read from the scientific title"));
    }

    @Test
    void readsSizeTypeAndTheFreeTextDesign() {
        assertThat(trial.enrollment()).isEqualTo(new Enrollment(12, null));
        assertThat(trial.studyType()).isEqualTo(StudyType.INTERVENTIONAL);
        assertThat(trial.design()).isEqualTo(new Design(Allocation.NA, InterventionModel.SINGLE_GROUP, Masking.NONE,
                PrimaryPurpose.TREATMENT));
    }

    @Test
    void addsCriteriaHeadersByTheOrderOfTheParagraphs() {
        String[] lines = trial.eligibility().criteriaText().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("Inclusion Criteria:");
        assertThat(lines[1]).startsWith("A patient aged 16 to 64 who were diagnosed").endsWith("Hb is 11 g/dL or less.");
        assertThat(lines[2]).isEqualTo("Exclusion Criteria:");
        assertThat(lines[3]).startsWith("A patient with one of the following severe organ complication")
                .endsWith("f) Cyclophosphamide is used more than 10 g in total.");
    }

    @Test
    void readsOverAsInclusiveMinimumAndNotAsExclusiveMaximum() {
        var e = trial.eligibility();
        assertThat(e.minimumAge()).isEqualTo(new Age(16, AgeUnit.YEARS, true));
        assertThat(e.maximumAge()).isEqualTo(new Age(65, AgeUnit.YEARS, false));
        assertThat(e.sex()).isEqualTo(Sex.ALL);
        assertThat(e.healthyVolunteers()).isNull();
    }

    @Test
    void readsConditionAndTheUnnamedIntervention() {
        assertThat(trial.conditions()).containsExactly("systemic sclerosis");
        assertThat(trial.interventions()).hasSize(1);
        var i = trial.interventions().get(0);
        assertThat(i.name()).isEqualTo("autologous CD34+ stem cells-selected transplantation");
        assertThat(i.description()).startsWith("After peripheral blood stem cell mobilization")
                .endsWith("freeze-thawed CD34+ cells were transplanted.");
    }

    @Test
    void takesTheTimeFrameFromTheEndOfEachMeasureAndSplitsGluedMeasures() {
        assertThat(trial.outcomes()).extracting(Outcome::key, Outcome::measure, Outcome::timeFrame).containsExactly(
                tuple("P1", "The mean change in modified Rodnan skin score at 12 months after transplantation",
                        "12 months after transplantation"),
                tuple("S1", "The proportion of 25% improvement in skin score at 12 months", "12 months"),
                tuple("S2", "The mean change in forced vital capacity at 12 months", "12 months"),
                tuple("S3", "The mean change in serum KL-6 levels at 12 months", "12 months"),
                tuple("S4", "Event-free survival", null),
                tuple("S5", "Overall survival", null),
                tuple("S6", "Incidence of adverse events", null));
    }

    @Test
    void readsStartLastUpdateStatusSponsorAndCountry() {
        assertThat(trial.dates().start()).isEqualTo("2017-08-01");
        assertThat(trial.dates().primaryCompletion()).isNull();
        assertThat(trial.dates().completion()).isNull();
        assertThat(record.warnings()).extracting(ImportWarning::message).anyMatch(m -> m.contains("Jan. 04, 2019"));
        assertThat(trial.lastUpdate()).isEqualTo("2025-05-26");
        assertThat(trial.overallStatus()).isEqualTo(OverallStatus.ACTIVE_NOT_RECRUITING);
        assertThat(trial.leadSponsor()).isEqualTo("Kyushu University Hospital");
        assertThat(trial.countries()).containsExactly("Japan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-16", "Shift_JIS", "EUC-JP", "UTF-8"})
    void importsThePageSavedInOtherEncodings(String encoding) {
        String text = new String(Seeds.bytes(Seeds.JRCT), StandardCharsets.UTF_8);
        BytesDocument doc = new BytesDocument("003." + encoding, text.getBytes(Charset.forName(encoding)));
        assertThat(new JrctTextImporter().detect(doc.head()).score()).isGreaterThanOrEqualTo(90);
        Trial t = Seeds.only(new JrctTextImporter(), doc).trial();
        assertThat(t).usingRecursiveComparison().isEqualTo(trial);
    }
}
