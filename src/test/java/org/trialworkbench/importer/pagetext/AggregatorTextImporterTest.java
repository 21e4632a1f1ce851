package org.trialworkbench.importer.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.ImportWarning;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.PrimaryPurpose;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.Trial;

class AggregatorTextImporterTest {
    private static final AggregatorTextImporter IMPORTER = new AggregatorTextImporter();

    @Nested
    class BulletLabelPage {
        final ParsedRecord record = Seeds.only(IMPORTER, Seeds.AGGREGATOR_BULLETS);
        final Trial trial = record.trial();

        @Test
        void readsIdTitleSponsorAndTexts() {
            assertThat(trial.id()).isEqualTo("NCT00962923");
            assertThat(trial.registryIds()).containsExactly(new RegistryId("NCT00962923", RegistryIds.CTGOV));
            assertThat(trial.briefTitle()).isEqualTo("Allogeneic Mesenchymal Stem Cells Transplantation for Systemic Sclerosis (SSc)");
            assertThat(trial.leadSponsor()).isEqualTo("The Affiliated Nanjing Drum Tower Hospital of Nanjing University Medical School");
            assertThat(trial.briefSummary()).startsWith("This study will explore").endsWith("restored by MSCT.");
            assertThat(trial.detailedDescription()).startsWith("* To test a new approach")
                    .endsWith("levels at baseline with disease-free survival").hasLineCount(4);
        }

        @Test
        void splitsConditionsThatThePageGluedTogether() {
            assertThat(trial.conditions()).containsExactly("Systemic Sclerosis", "Mesenchymal Stem Cells");
        }

        @Test
        void readsStatusSexEnrollmentTypeAndModel() {
            assertThat(trial.overallStatus()).isEqualTo(OverallStatus.UNKNOWN);
            assertThat(trial.eligibility().sex()).isEqualTo(Sex.ALL);
            assertThat(trial.enrollment()).isEqualTo(new Enrollment(20, null));
            assertThat(trial.studyType()).isEqualTo(StudyType.INTERVENTIONAL);
            assertThat(trial.design()).isEqualTo(new Design(null, InterventionModel.SINGLE_GROUP, null, null));
            assertThat(trial.countries()).containsExactly("China");
        }

        @Test
        void takesTheUnlabelledBulletsAfterTargetRecruitmentAsTheCompleteCriteria() {
            String criteria = trial.eligibility().criteriaText();
            assertThat(criteria.lines()).hasSize(9).allMatch(l -> l.startsWith("- "));
            assertThat(criteria).startsWith("- All patients fulfilled the American College of Rheumatology")
                    .contains("- Uncontrolled arrhythmia, echocardiographic left ventricular ejection fraction")
                    .endsWith("- (4) HIV or HTLV1 seropositivity, malignancy, pregnancy, a cardiac or vascular prosthesis, and no vascular access")
                    .doesNotContain("Study & Design").doesNotContain("\n- 20\n");
            assertThat(record.warnings()).extracting(ImportWarning::message)
                    .anyMatch(m -> m.contains("unlabelled lines after \"Target Recruitment\""));
        }

        @Test
        void splitsTheRunOnOutcomeRowsAtTheirTimeFrames() {
            assertThat(trial.outcomes()).extracting(Outcome::key, Outcome::kind, Outcome::measure, Outcome::timeFrame)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("P1", OutcomeKind.PRIMARY,
                                    "mRSS score,HRQOL score, SF-36 score for SSc patients", "monthly"),
                            org.assertj.core.groups.Tuple.tuple("S1", OutcomeKind.SECONDARY,
                                    "Remission for organ function, VC, DLCO, PAP, serum albumin, serum creatitin, weight loss, 24h proteinuria",
                                    "every three month"),
                            org.assertj.core.groups.Tuple.tuple("S2", OutcomeKind.SECONDARY,
                                    "SSc Serology(ATA,ACA,ANA,anti-ssDNA,anti-dsDNA,IgM,IgG,and IgA,complement C3 and C4",
                                    "every three month"),
                            org.assertj.core.groups.Tuple.tuple("S3", OutcomeKind.SECONDARY,
                                    "Change of peripheral blood B and T cells", "every three month"));
        }
    }

    @Nested
    class HelpSentencePage {
        final ParsedRecord record = Seeds.only(IMPORTER, Seeds.AGGREGATOR_HELP);
        final Trial trial = record.trial();

        @Test
        void takesOnlyItsOwnIdAndTheSponsorStudyId() {
            assertThat(trial.id()).isEqualTo("NCT01539902");
            assertThat(trial.registryIds()).containsExactly(
                    new RegistryId("NCT01539902", RegistryIds.CTGOV), new RegistryId("CT 11-03", null));
        }

        @Test
        void readsTheBareBasicValuesByShape() {
            assertThat(trial.briefTitle()).isEqualTo(
                    "Phase 2 Study of Human Umbilical Cord Derived Mesenchymal Stem Cell for the Treatment of Lupus Nephritis");
            assertThat(trial.overallStatus()).isEqualTo(OverallStatus.UNKNOWN);
            assertThat(trial.phases()).containsExactly(Phase.PHASE2);
            assertThat(trial.enrollment()).isEqualTo(new Enrollment(25, null));
            assertThat(trial.studyType()).isEqualTo(StudyType.INTERVENTIONAL);
            assertThat(trial.dates().start()).isEqualTo("2012-02-29");
            assertThat(trial.dates().primaryCompletion()).isNull();
            assertThat(trial.dates().completion()).isEqualTo("2013-05-31");
            assertThat(trial.lastUpdate()).isEqualTo("2012-03-06");
            assertThat(record.warnings()).anyMatch(w -> w.message().contains("without labels"));
        }

        @Test
        void dropsHelpSentencesSoEmptySectionsStayEmpty() {
            assertThat(trial.briefSummary()).isNull();
            assertThat(trial.conditions()).isEmpty();
            assertThat(trial.design()).isEqualTo(new Design(Allocation.RANDOMIZED, InterventionModel.PARALLEL,
                    Masking.DOUBLE, PrimaryPurpose.TREATMENT));
        }

        @Test
        void readsArmsListedTwiceOnceAndTheInterventions() {
            assertThat(trial.arms()).extracting(Arm::label, Arm::description).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Human Umbilical Cord derived MSCs",
                            "Human Umbilical Cord derived MSCs treatment for lupus nephritis via infusion"),
                    org.assertj.core.groups.Tuple.tuple("Cyclophosphamide",
                            "Cyclophosphamide based immunosuppressive agent for treatment for lupus nephritis"));
            assertThat(trial.interventions()).extracting(Intervention::name, Intervention::description).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Human Umbilical Cord derived MSCs",
                            "Human Umbilical Cord derived MSCs treatment for lupus nephritis via infusion"),
                    org.assertj.core.groups.Tuple.tuple("Cyclophosphamide",
                            "Cyclophosphamide based immunosuppressive agent for treatment for lupus nephritis"));
        }

        @Test
        void readsTheValuesListedAfterTheCriteria() {
            var e = trial.eligibility();
            assertThat(e.minimumAge()).isEqualTo(new Age(16, AgeUnit.YEARS, true));
            assertThat(e.maximumAge()).isEqualTo(new Age(65, AgeUnit.YEARS, true));
            assertThat(e.sex()).isEqualTo(Sex.ALL);
            assertThat(e.healthyVolunteers()).isFalse();
            assertThat(trial.leadSponsor()).isEqualTo("CytoMed & Beike");
            assertThat(trial.countries()).containsExactly("China");
        }

        @Test
        void recoversInclusionItemOneFromTheDescriptionAndSaysSo() {
            String[] lines = trial.eligibility().criteriaText().split("\n");
            assertThat(lines).hasSize(16);
            assertThat(lines[0]).isEqualTo("Inclusion Criteria");
            assertThat(lines[1]).isEqualTo("1. Male or non-pregnant females age 16 to 65 years inclusive.");
            assertThat(lines[2]).startsWith("2. Written informed consent");
            assertThat(lines[4]).startsWith("4. Patients with newly diagnosed");
            assertThat(lines[5]).isEqualTo("Exclusion Criteria");
            assertThat(lines[6]).startsWith("1. Pregnant or nursing woman");
            assertThat(lines[15]).startsWith("10. Any serious medical conditions");
            assertThat(trial.detailedDescription()).isNull();
            assertThat(record.warnings()).anyMatch(w -> w.message().startsWith("inclusion item 1 recovered from the Detailed Description"));
        }

        @Test
        void reportsThatThePageHasNoOutcomes() {
            assertThat(trial.outcomes()).isEmpty();
            assertThat(record.warnings()).anyMatch(w -> w.message().contains("no outcome measures"));
        }
    }

    @Test
    void keepsANumberedDescriptionThatDoesNotContinueIntoTheCriteria() {
        String page = """
                A trial of something
                NCT ID: NCT01234567
                Detailed Description
                1. First aim of the study.
                2. Second aim of the study.
                Eligibility Criteria
                Inclusion Criteria
                2. Adults with the disease.
                Exclusion Criteria
                1. Pregnancy.
                """;
        Trial t = Seeds.only(IMPORTER, new BytesDocument("p.txt", page.getBytes(StandardCharsets.UTF_8))).trial();
        assertThat(t.detailedDescription()).isEqualTo("1. First aim of the study.\n2. Second aim of the study.");
        assertThat(t.eligibility().criteriaText()).doesNotContain("First aim");
    }

    @Test
    void readsALabelColonLayoutOfAnotherSiteAndIgnoresSimilarTrials() {
        String page = """
                Efficacy of Drug X in Asthma
                Trial ID: ISRCTN12345678
                Status:
                Completed
                Conditions:
                Asthma
                Chronic Obstructive Pulmonary Disease
                Phase:
                Phase 3
                Study Design:
                Randomized
                Parallel Assignment
                Enrollment:
                120 (Actual)
                Start Date:
                March 2018
                Primary Outcome Measures:
                Change in FEV1 at week 12
                Locations:
                Charite, Berlin, Germany
                Similar Trials:
                Drug Y in asthma
                NCT01111111
                """;
        BytesDocument doc = new BytesDocument("other.txt", page.getBytes(StandardCharsets.UTF_8));
        assertThat(IMPORTER.detect(doc.head()).claims()).isTrue();
        Trial t = Seeds.only(IMPORTER, doc).trial();
        assertThat(t.id()).isEqualTo("ISRCTN12345678");
        assertThat(t.registryIds()).extracting(RegistryId::id).containsExactly("ISRCTN12345678");
        assertThat(t.briefTitle()).isEqualTo("Efficacy of Drug X in Asthma");
        assertThat(t.overallStatus()).isEqualTo(OverallStatus.COMPLETED);
        assertThat(t.conditions()).containsExactly("Asthma", "Chronic Obstructive Pulmonary Disease");
        assertThat(t.phases()).containsExactly(Phase.PHASE3);
        assertThat(t.design()).isEqualTo(new Design(Allocation.RANDOMIZED, InterventionModel.PARALLEL, null, null));
        assertThat(t.enrollment()).isEqualTo(new Enrollment(120, org.trialworkbench.model.EnrollmentType.ACTUAL));
        assertThat(t.dates().start()).isEqualTo("2018-03");
        assertThat(t.outcomes()).extracting(Outcome::measure, Outcome::timeFrame)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Change in FEV1 at week 12", "week 12"));
        assertThat(t.countries()).containsExactly("Germany");
    }

    @Test
    void refusesALabelledPageWithoutAnyRegistryId() {
        String page = "Some trial\n- Lead Sponsor\n- A hospital\n- Status\n- Recruiting\n";
        CollectingSink sink = CollectingSink.parse(IMPORTER, new BytesDocument("p.txt", page.getBytes(StandardCharsets.UTF_8)));
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().startsWith("no trial record found");
    }
}
