package org.trialworkbench.importer.ictrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.LocalIds;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.InterventionType;
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

/** The real 95-trial ICTRP export, record by record. */
class IctrpXmlImporterTest {
    static final String EXPORT = "/samples/ictrp/ICTRP-Results_2024-06-09_95-trials.xml";
    private static CollectingSink sink;
    private static Map<String, ParsedRecord> byTrialId;

    static byte[] resource(String path) throws IOException {
        try (InputStream in = IctrpXmlImporterTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @BeforeAll
    static void importExport() throws IOException {
        sink = CollectingSink.parse(new IctrpXmlImporter(), new BytesDocument("export.xml", resource(EXPORT)));
        byTrialId = sink.records.stream().collect(Collectors.toMap(
                r -> r.location().replaceFirst("^Trial \\d+ \\((.*)\\)$", "$1"), Function.identity()));
    }

    private static Trial trial(String trialId) {
        assertThat(byTrialId).containsKey(trialId);
        return byTrialId.get(trialId).trial();
    }

    @Test
    void readsAll95TrialsWithIdRegistryAndTitle() {
        assertThat(sink.failures).isEmpty();
        assertThat(sink.records).hasSize(95);
        for (ParsedRecord r : sink.records) {
            Trial t = r.trial();
            assertThat(t.id()).as(r.location()).isNotBlank().doesNotStartWith(LocalIds.PREFIX);
            assertThat(t.registryIds().get(0).id()).as(r.location()).isEqualTo(t.id());
            assertThat(t.registryIds().get(0).registry()).as(r.location()).isNotNull();
            assertThat(t.briefTitle()).as(r.location()).isNotBlank();
        }
    }

    @Test
    void dropsTheEuRegisterPlaceholdersFromTitles() {
        // EU CTR joins full and abbreviated title with " - "; an abbreviated title not given reads "Not applicable"/"ND"
        assertThat(trial("EUCTR2008-001262-87-PT").officialTitle()).endsWith("in Patients with Transthyretin Amyloid Polyneuropathy");
        assertThat(trial("EUCTR2010-019829-34-IT").briefTitle()).endsWith("IN TRANSTHYRETIN HEREDITARY AMYLOIDOSIS");
        // a lay title "In preparation" is no title: the scientific one names the trial
        Trial inPreparation = trial("EUCTR2009-011535-12-DE");
        assertThat(inPreparation.briefTitle()).isEqualTo(inPreparation.officialTitle())
                .startsWith("Open-Label Safety and Efficacy Evaluation of Fx-1006A");
        // a real abbreviated title after " - " stays
        assertThat(sink.trials()).anyMatch(t -> t.officialTitle() != null
                && t.officialTitle().endsWith("- GE-067-007 Brain Amyloid Study"));
    }

    @Test
    void countsTrialsPerRegistryAsTheReadmeStates() {
        Map<String, Long> perRegistry = sink.trials().stream()
                .collect(Collectors.groupingBy(t -> t.registryIds().get(0).registry(), Collectors.counting()));
        assertThat(perRegistry).containsEntry(RegistryIds.CTGOV, 47L).containsEntry(RegistryIds.EUCTR, 28L)
                .containsEntry(RegistryIds.DRKS, 6L).containsEntry(RegistryIds.NL_OMON, 2L)
                .containsEntry(RegistryIds.CTIS, 1L).containsEntry(RegistryIds.CHICTR, 1L).containsEntry(RegistryIds.CRIS, 1L);
        assertThat(perRegistry.get(RegistryIds.JRCT) + perRegistry.get(RegistryIds.UMIN)).isEqualTo(9L);
    }

    @Test
    void givesTheFiveMemberStateCopiesOfOneEudraCtTrialTheSameId() {
        List<String> copies = List.of("ES", "PL", "PT", "HU", "DK");
        for (String state : copies) {
            assertThat(trial("EUCTR2021-000037-14-" + state).id()).isEqualTo("EUCTR2021-000037-14");
        }
        assertThat(sink.trials().stream().filter(t -> t.id().equals("EUCTR2021-000037-14"))).hasSize(5);
    }

    @Test
    void locatesEachRecordByNumberAndTrialId() {
        assertThat(sink.records.get(14).location()).isEqualTo("Trial 15 (ChiCTR2100050713)");
        assertThat(sink.records.get(0).location()).isEqualTo("Trial 1 (NCT06360289)");
    }

    @Test
    void keepsEachTrialElementAloneAsRawBytesAndHashesThemTheSameOnReimport() throws IOException {
        CollectingSink again = CollectingSink.parse(new IctrpXmlImporter(), new BytesDocument("again.xml", resource(EXPORT)));
        for (int i = 0; i < sink.records.size(); i++) {
            assertThat(LocalIds.sha256Hex(again.records.get(i).raw())).isEqualTo(LocalIds.sha256Hex(sink.records.get(i).raw()));
        }
        String raw = new String(byTrialId.get("ChiCTR2100050713").raw(), StandardCharsets.UTF_8);
        assertThat(raw).startsWith("<Trial>").endsWith("</Trial>").contains("<TrialID>ChiCTR2100050713");
        assertThat(raw.split("<Trial>", -1)).hasSize(2);
        // the raw record is itself an ICTRP trial that reads back to the same trial
        CollectingSink reread = CollectingSink.parse(new IctrpXmlImporter(), new BytesDocument("one.xml", raw.getBytes(StandardCharsets.UTF_8)));
        assertThat(reread.trials()).containsExactly(trial("ChiCTR2100050713"));
    }

    @Test
    void readsClinicalTrialsGovRecord() {
        Trial t = trial("NCT06360289");
        assertThat(t.registryIds()).containsExactly(new RegistryId("NCT06360289", RegistryIds.CTGOV), new RegistryId("ALN-TTR-NT-003", null));
        assertThat(t.briefTitle()).startsWith("Observational Study of Neurofilament Light Chain (NfL) as a Biomarker");
        assertThat(t.officialTitle()).endsWith("Including Patients Who Undergo Treatment Change - NeuroFeeL Study");
        assertThat(t.leadSponsor()).isEqualTo("Alnylam Pharmaceuticals");
        assertThat(t.overallStatus()).isEqualTo(OverallStatus.RECRUITING);
        assertThat(t.studyType()).isEqualTo(StudyType.OBSERVATIONAL);
        assertThat(t.phases()).isEmpty();
        assertThat(t.enrollment().count()).isEqualTo(500);
        assertThat(t.enrollment().type()).isNull();
        assertThat(t.dates().start()).isEqualTo("2024-04-25");
        assertThat(t.lastUpdate()).isEqualTo("2024-05-20");
        assertThat(t.countries()).containsExactly("France");
        assertThat(t.conditions()).containsExactly("Hereditary Amyloidosis, Transthyretin-Related", "Asymptomatic Carrier State");
        assertThat(t.interventions()).containsExactly(new Intervention(InterventionType.OTHER, "Standard of Care", null, List.of()));
        assertThat(t.eligibility().minimumAge()).isNull();
        assertThat(t.eligibility().sex()).isEqualTo(Sex.ALL);
        assertThat(t.outcomes()).extracting(Outcome::key).containsExactly("P1", "P2", "S1", "S2", "S3", "S4", "S5");
        assertThat(t.outcomes().get(1).measure()).isEqualTo(
                "Change in NfL Levels Over Time in Asymptomatic Carriers of a TTR Variant and Symptomatic hATTR Patients With Polyneuropathy");
    }

    @Test
    void cleansBreakRemnantsInClinicalTrialsGovCriteria() {
        String criteria = trial("NCT06360289").eligibility().criteriaText();
        assertThat(criteria).doesNotContain("<br", "&lt;", "&gt;", "\r", "  ");
        assertThat(criteria).startsWith("Inclusion Criteria:\n- Carrier of a documented pathogenic TTR variant confirmed with genotyping with predicted\n");
        assertThat(criteria).contains("\nExclusion Criteria:\n")
                .contains("- Estimated glomerular filtration rate (eGFR) <45 milliliters per minute per 1.73 meters\nsquared (mL/min/1.73 m^2)")
                .endsWith("- Currently enrolled in a clinical study for any investigational agent.");
        assertThat(criteria.split("Inclusion Criteria:", -1)).hasSize(2);
    }

    @Test
    void anEuRecordsPopulationSectionIsNoCriterionButAWarningNamingItsAgeGroups() {
        for (ParsedRecord r : sink.records) {
            String criteria = r.trial().eligibility().criteriaText();
            assertThat(criteria == null ? "" : criteria).as(r.location())
                    .doesNotContain("Are the trial subjects under 18", "Number of subjects for this age range");
        }
        Trial t = trial("EUCTR2012-001831-30-GB");
        assertThat(t.eligibility().criteriaText()).contains("Male or female aged 18 to 82 years old at the time of informed consent\n");
        assertThat(byTrialId.get("EUCTR2012-001831-30-GB").warnings()).extracting(w -> w.message())
                .contains("the register states age groups, not age limits: Adults (18-64 years); Elderly (>=65 years)");
        assertThat(t.eligibility().minimumAge()).isNull();
    }

    @Test
    void readsEuClinicalTrialsRegisterRecord() {
        Trial t = trial("EUCTR2021-000037-14-ES");
        assertThat(t.registryIds()).containsExactly(new RegistryId("EUCTR2021-000037-14", RegistryIds.EUCTR),
                new RegistryId("NEOD001-301", null), new RegistryId("146070", null));
        assertThat(t.overallStatus()).isNull();
        assertThat(byTrialId.get("EUCTR2021-000037-14-ES").warnings()).extracting(w -> w.message())
                .anyMatch(m -> m.contains("'Authorised'"));
        assertThat(t.studyType()).isEqualTo(StudyType.INTERVENTIONAL);
        assertThat(t.phases()).containsExactly(Phase.PHASE3);
        assertThat(t.design().allocation()).isEqualTo(Allocation.RANDOMIZED);
        assertThat(t.design().masking()).isEqualTo(Masking.DOUBLE);
        assertThat(t.eligibility().sex()).isEqualTo(Sex.ALL);
        assertThat(t.dates().start()).isEqualTo("2021-07-01");
        assertThat(t.countries()).hasSize(20).contains("Korea, Republic of", "Czechia").doesNotContain("Korea", "Republic of");
        assertThat(t.eligibility().criteriaText()).startsWith("Inclusion Criteria:\n1.Aged =18 years\n2.Newly diagnosed")
                .contains("\nExclusion Criteria:\n1.Non-AL amyloidosis\n2.NT-proBNP >8500 pg/mL\n");
        assertThat(t.interventions()).hasSize(1);
        Intervention birtamimab = t.interventions().get(0);
        assertThat(birtamimab.name()).isEqualTo("Birtamimab");
        assertThat(birtamimab.type()).isEqualTo(InterventionType.DRUG);
        assertThat(birtamimab.description()).contains("INN or Proposed INN: BIRTAMIMAB", "Route of administration of the placebo: Intravenous use");
        assertThat(t.outcomes()).hasSize(2);
        assertThat(t.outcomes().get(0).measure()).isEqualTo("Time to all-cause mortality");
        assertThat(t.outcomes().get(0).timeFrame()).startsWith("-Interim Efficacy Analysis will be conducted");
        assertThat(t.outcomes().get(1).key()).isEqualTo("S1");
        assertThat(t.outcomes().get(1).measure()).startsWith("•Change from baseline to Month 9 in the Physical Component Summary")
                .contains("\n•Change from baseline to Month 9 in the 6MWT distance (meters)");
        assertThat(t.outcomes().get(1).timeFrame()).isEqualTo("from baseline until Month 9");
        assertThat(t.briefSummary()).startsWith("Main Objective: To evaluate the efficacy of birtamimab").contains("Secondary Objective:");
        assertThat(t.conditions()).anyMatch(c -> c.startsWith("MedDRA version: 20.0 Level: PT Classification code 10036673 Term: Primary amyloidosis"));
    }

    @Test
    void readsJrctRecord() {
        Trial t = trial("JPRN-jRCTs031210288");
        assertThat(t.id()).isEqualTo("jRCTs031210288");
        assertThat(t.registryIds().get(0).registry()).isEqualTo(RegistryIds.JRCT);
        assertThat(t.briefTitle()).isEqualTo("SD-BATON");
        assertThat(t.phases()).containsExactly(Phase.NA);
        assertThat(t.design().interventionModel()).isEqualTo(InterventionModel.SINGLE_GROUP);
        assertThat(t.design().masking()).isEqualTo(Masking.NONE);
        assertThat(t.design().primaryPurpose()).isEqualTo(PrimaryPurpose.DIAGNOSTIC);
        assertThat(t.eligibility().minimumAge()).isNull();
        assertThat(t.eligibility().maximumAge()).isEqualTo(new Age(90, AgeUnit.YEARS, true));
        assertThat(t.outcomes()).extracting(Outcome::key).containsExactly("P1", "P2", "S1", "S2");
        assertThat(t.outcomes().get(0).measure()).startsWith("Relationships of A-T-N(Amyloid, Tau, Neurodegeneration)");
        assertThat(t.eligibility().criteriaText()).startsWith("Inclusion Criteria:\nCognitively unimpaired individuals:")
                .contains("\nExclusion Criteria:\n1) Clinical history of brain tumors");
    }

    @Test
    void readsJrctProductListAndTimeFrames() {
        Trial t = trial("JPRN-jRCT2080224769");
        assertThat(t.registryIds()).extracting(RegistryId::id).containsExactly("jRCT2080224769", "NCT03759379", "JapicCTI-194846");
        assertThat(t.interventions()).extracting(Intervention::name).containsExactly("ALN-TTRSC02", "Patisiran Sodium (JAN)");
        assertThat(t.interventions().get(0).otherNames()).containsExactly("vutrisiran");
        Outcome p1 = t.outcomes().get(0);
        assertThat(p1.measure()).isEqualTo("Change from Baseline in the Modified Neurologic Impairment Score +7 (mNIS+7) at Month 9");
        assertThat(p1.timeFrame()).isEqualTo("Baseline, Month 9");
        assertThat(p1.description()).isEqualTo("efficacy");
        assertThat(t.design().allocation()).isEqualTo(Allocation.RANDOMIZED);
        assertThat(t.eligibility().minimumAge()).isEqualTo(new Age(18, AgeUnit.YEARS, true));
    }

    @Test
    void readsUminRecord() {
        Trial t = trial("JPRN-UMIN000027045");
        assertThat(t.id()).isEqualTo("UMIN000027045");
        assertThat(t.registryIds().get(0).registry()).isEqualTo(RegistryIds.UMIN);
        assertThat(t.eligibility().minimumAge()).isEqualTo(new Age(16, AgeUnit.YEARS, true));
        assertThat(t.eligibility().maximumAge()).isEqualTo(new Age(50, AgeUnit.YEARS, true));
        assertThat(t.eligibility().sex()).isEqualTo(Sex.ALL);
        assertThat(t.dates().start()).isEqualTo("2016-12-06");
        assertThat(t.phases()).isEmpty();
        assertThat(byTrialId.get("JPRN-UMIN000027045").warnings()).extracting(w -> w.message())
                .anyMatch(m -> m.contains("'Not selected'")).anyMatch(m -> m.contains("inclusion criteria are empty"));
        assertThat(t.eligibility().criteriaText()).isEqualTo(
                "Inclusion Criteria:\nExclusion Criteria:\nPatients or healthy subjects with other neuropathy");
    }

    @Test
    void readsDrksRecordWithBreakSeparatedOutcomesAndGroups() {
        Trial t = trial("DRKS00032447");
        assertThat(t.studyType()).isEqualTo(StudyType.OBSERVATIONAL);
        assertThat(t.design().primaryPurpose()).isEqualTo(PrimaryPurpose.HEALTH_SERVICES_RESEARCH);
        assertThat(t.countries()).containsExactly("Austria", "Germany");
        assertThat(t.eligibility().maximumAge()).isEqualTo(new Age(18, AgeUnit.YEARS, true));
        assertThat(t.eligibility().minimumAge()).isNull();
        assertThat(t.outcomes()).extracting(Outcome::key).containsExactly("P1", "S1", "S2", "S3", "S4", "S5", "S6", "S7");
        assertThat(t.outcomes().get(2).measure()).isEqualTo("Damage (ADDI) at last visit");
        assertThat(t.interventions()).hasSize(1);
        assertThat(t.interventions().get(0).name()).startsWith("Group 1: Prospective observation");
        assertThat(t.interventions().get(0).description()).startsWith("- Physician reports\non diagnosis");
        assertThat(t.eligibility().criteriaText()).isEqualTo("Inclusion Criteria:\n- autoinflammatory disease diagnosed by "
                + "paediatric rheumatologist\n- written informed consent\nExclusion Criteria:\n- Lack of cognitive maturity to "
                + "understand the requirements and content of the project\n- Diagnoses: systemic JIA, CRMO");
    }

    @Test
    void readsChictrRecord() {
        Trial t = trial("ChiCTR2100050713");
        assertThat(t.leadSponsor()).isEqualTo("Northern Jiangsu People's Hospital");
        assertThat(t.dates().start()).isEqualTo("2021-09-20");
        assertThat(t.enrollment().count()).isEqualTo(100);
        assertThat(byTrialId.get("ChiCTR2100050713").warnings()).extracting(w -> w.message())
                .anyMatch(m -> m.contains("group sizes"));
        assertThat(t.detailedDescription()).contains("Target size: control group:50;sepsis group:50;");
        assertThat(t.outcomes()).extracting(Outcome::measure).containsExactly("Apolipoprotein A1", "serum amyloid A",
                "high density lipoprotein", "C reactive protein", "procalcitonin");
        assertThat(t.eligibility().criteriaText()).contains("\nExclusion Criteria:\n1. Sepsis occurred in the past 1 month;\n2. Long-term");
    }

    @Test
    void readsCtisRecordWithEuFlagsOnOneLine() {
        Trial t = trial("CTIS2023-507385-11-00");
        assertThat(t.id()).isEqualTo("2023-507385-11-00");
        assertThat(t.registryIds()).containsExactly(new RegistryId("2023-507385-11-00", RegistryIds.CTIS),
                new RegistryId("U1111-1296-5487", null), new RegistryId("EUCTR2022-003405-30", RegistryIds.EUCTR),
                new RegistryId("NCT05697861", RegistryIds.CTGOV));
        assertThat(t.phases()).containsExactly(Phase.PHASE2, Phase.PHASE3);
        assertThat(t.eligibility().minimumAge()).isEqualTo(new Age(18, AgeUnit.YEARS, true));
        assertThat(t.eligibility().maximumAge()).isNull();
        assertThat(byTrialId.get("CTIS2023-507385-11-00").warnings()).extracting(w -> w.message()).anyMatch(m -> m.contains("'65+'"));
        assertThat(t.interventions()).extracting(Intervention::name).containsExactly("NTLA-2001");
        assertThat(t.interventions().get(0).description()).contains("Strength: Messenger Rna Encoding Cas9 7mg, Single Guide Rna");
        assertThat(t.outcomes().get(0).measure()).startsWith("For ATTR-CM and ATTRv-PN subjects, incidence of:");
        assertThat(t.countries()).containsExactly("Sweden", "United Kingdom", "New Zealand");
    }

    @Test
    void readsNlOmonRecordWithHeadedOutcomeList() {
        Trial t = trial("NL-OMON55279");
        assertThat(t.registryIds()).extracting(RegistryId::id)
                .containsExactly("NL-OMON55279", "EUCTR2019-001698-10", "NCT04136184", "NL73848.000.21");
        assertThat(t.design()).extracting("allocation", "interventionModel", "masking")
                .containsExactly(Allocation.RANDOMIZED, InterventionModel.PARALLEL, Masking.NONE);
        assertThat(t.outcomes().get(0).measure()).isEqualTo("Week 35 Interim Analysis: Change from Baseline in serum TTR concentration and the mNIS+7");
        Outcome s1 = t.outcomes().stream().filter(o -> o.key().equals("S1")).findFirst().orElseThrow();
        assertThat(s1.measure()).isEqualTo("Change from Baseline in Norfolk QOL-DN");
        assertThat(s1.description()).isEqualTo("Secondary endpoints: Week 35 Interim Analysis:");
        assertThat(t.eligibility().criteriaText()).doesNotContain("<p>", "<br");
    }

    @Test
    void readsCrisRecord() {
        Trial t = trial("KCT0000379");
        assertThat(t.registryIds()).containsExactly(new RegistryId("KCT0000379", RegistryIds.CRIS));
        assertThat(t.phases()).containsExactly(Phase.PHASE1, Phase.PHASE2);
        assertThat(t.design()).extracting("allocation", "masking", "primaryPurpose")
                .containsExactly(Allocation.NA, Masking.NONE, PrimaryPurpose.DIAGNOSTIC);
        assertThat(t.eligibility().minimumAge()).isEqualTo(new Age(60, AgeUnit.YEARS, true));
        assertThat(t.eligibility().maximumAge()).isEqualTo(new Age(80, AgeUnit.YEARS, true));
        assertThat(t.countries()).containsExactly("Korea, Republic of");
        assertThat(t.conditions()).containsExactly("Mental and behavioral disorders");
        Intervention radiopharmaceutical = t.interventions().get(0);
        assertThat(t.interventions()).hasSize(1);
        assertThat(radiopharmaceutical.type()).isEqualTo(InterventionType.RADIATION);
        assertThat(radiopharmaceutical.name()).isEqualTo("radiopharmaceutical: SNUBH-NM-333(18F)");
        assertThat(radiopharmaceutical.description()).startsWith("volume: 5~10CC\nnumber: 1");
        assertThat(t.dates().start()).isEqualTo("2010-10-25");
        assertThat(t.lastUpdate()).isEqualTo("2019-03-11");
    }

    @Test
    void warnsAboutExpectedFieldsThatAreEmpty() {
        assertThat(byTrialId.get("NL-OMON55279").warnings()).extracting(w -> w.message())
                .contains("Recruitment_Status is empty", "Date_enrollement is empty", "Inclusion_gender is empty");
        assertThat(byTrialId.get("NL-OMON55279").warnings()).allMatch(w -> w.location().equals(byTrialId.get("NL-OMON55279").location()));
    }
}
