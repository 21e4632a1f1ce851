package org.trialworkbench.importer.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.ImportWarning;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.EnrollmentType;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.PrimaryPurpose;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

class CtgovTabularTextImporterTest {
    static ParsedRecord record;
    static Trial trial;

    @BeforeAll
    static void parseSeed() {
        record = Seeds.only(new CtgovTabularTextImporter(), Seeds.TABULAR);
        trial = record.trial();
    }

    @Test
    void readsTheIdsWithTheSponsorStudyIdAsUnregistered() {
        assertThat(trial.id()).isEqualTo("NCT00962923");
        assertThat(trial.registryIds()).containsExactly(
                new RegistryId("NCT00962923", RegistryIds.CTGOV), new RegistryId("NJGLYY003", null));
    }

    @Test
    void readsTitlesAndTakesNotProvidedAsNull() {
        assertThat(trial.briefTitle()).isEqualTo("Allogeneic Mesenchymal Stem Cells Transplantation for Systemic Sclerosis (SSc)");
        assertThat(trial.officialTitle()).isNull();
        assertThat(trial.acronym()).isNull();
        assertThat(trial.detailedDescription()).isNull();
        assertThat(trial.briefSummary()).startsWith("This study will explore safety and efficacy of allogeneic")
                .endsWith("can be restored by MSCT.");
    }

    @Test
    void readsStatusTypePhasesAndDesign() {
        assertThat(trial.overallStatus()).isEqualTo(OverallStatus.UNKNOWN);
        assertThat(trial.studyType()).isEqualTo(StudyType.INTERVENTIONAL);
        assertThat(trial.phases()).containsExactly(Phase.PHASE1, Phase.PHASE2);
        assertThat(trial.design()).isEqualTo(new Design(Allocation.NON_RANDOMIZED, InterventionModel.SINGLE_GROUP,
                Masking.NONE, PrimaryPurpose.TREATMENT));
    }

    @Test
    void readsEnrollmentOnTheLineAfterItsLabelWithItsType() {
        assertThat(trial.enrollment()).isEqualTo(new Enrollment(20, EnrollmentType.ESTIMATED));
    }

    @Test
    void readsDatesAtTheirStatedPrecision() {
        assertThat(trial.dates()).isEqualTo(new TrialDates("2009-08", "2010-12", "2011-12"));
        assertThat(trial.lastUpdate()).isEqualTo("2009-08-20");
    }

    @Test
    void readsSponsorCountriesAndEmptyConditions() {
        assertThat(trial.leadSponsor()).isEqualTo("The Affiliated Nanjing Drum Tower Hospital of Nanjing University Medical School");
        assertThat(trial.countries()).containsExactly("China");
        assertThat(trial.conditions()).isEmpty();
    }

    @Test
    void readsEligibilityAndReportsCriteriaThatAreOnlyHeaders() {
        var e = trial.eligibility();
        assertThat(e.minimumAge()).isEqualTo(new Age(15, AgeUnit.YEARS, true));
        assertThat(e.maximumAge()).isEqualTo(new Age(65, AgeUnit.YEARS, true));
        assertThat(e.sex()).isNull();
        assertThat(e.healthyVolunteers()).isFalse();
        assertThat(e.criteriaText()).isEqualTo("Inclusion Criteria:\nExclusion Criteria:");
        assertThat(record.warnings()).extracting(ImportWarning::message)
                .anyMatch(m -> m.contains("eligibility criteria are empty"));
    }

    @Test
    void readsThePrimaryOutcomeWithItsTimeFrameAndReportsTheEmptySecondaryCell() {
        assertThat(trial.outcomes()).hasSize(1);
        var p1 = trial.outcomes().get(0);
        assertThat(p1.key()).isEqualTo("P1");
        assertThat(p1.kind()).isEqualTo(OutcomeKind.PRIMARY);
        assertThat(p1.measure()).isEqualTo("mRSS score,HRQOL score, SF-36 score for SSc patients");
        assertThat(p1.timeFrame()).isEqualTo("monthly");
        assertThat(record.warnings()).anyMatch(w -> w.message().startsWith("secondary outcome measures")
                && w.location().startsWith("Current Secondary Outcome Measures"));
    }

    @Test
    void readsTheTypedInterventionWithItsDescriptionAndNoArms() {
        assertThat(trial.interventions()).hasSize(1);
        var i = trial.interventions().get(0);
        assertThat(i.type()).isEqualTo(InterventionType.BIOLOGICAL);
        assertThat(i.name()).isEqualTo("Allogeneic Mesenchymal Stem Cells (AlloMSC)");
        assertThat(i.description()).isEqualTo(
                "Allogeneic mesenchymal stem cells will be infused intravenously (single dose, 10^6 cells/kg body weight).");
        assertThat(trial.arms()).isEmpty();
    }

    @Test
    void readsRowsOfALongerTabularViewWithSeveralOutcomesAndArms() {
        String page = String.join("\n",
                "A trial",
                "NCT Number ICMJE | NCT01234567 | ||",
                "Brief Title ICMJE | A trial | ||",
                "Current Primary Outcome Measures ICMJE |",
                "\u2022 Change in FEV1 [ Time Frame: Baseline to week 12 ]",
                "Forced expiratory volume in one second.",
                "\u2022 Number of exacerbations [ Time Frame: 1 year ]",
                "| ||",
                "Study Arms ICMJE |",
                "Experimental: Drug X",
                "Drug X twice daily",
                "Drug: Drug X",
                "Placebo Comparator: Placebo",
                "Drug: Placebo",
                "| ||",
                "Sex/Gender ICMJE |",
                "Sexes Eligible for Study: Female",
                "| ||",
                "Actual Enrollment ICMJE | 1,204 | ||");
        var rec = Seeds.only(new CtgovTabularTextImporter(), new org.trialworkbench.importer.BytesDocument("t.txt",
                page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Trial t = rec.trial();
        assertThat(t.outcomes()).extracting(o -> o.key() + "|" + o.measure() + "|" + o.timeFrame() + "|" + o.description())
                .containsExactly("P1|Change in FEV1|Baseline to week 12|Forced expiratory volume in one second.",
                        "P2|Number of exacerbations|1 year|null");
        assertThat(t.arms()).extracting(a -> a.label() + "|" + a.type() + "|" + a.description() + "|" + a.interventionNames())
                .containsExactly("Drug X|EXPERIMENTAL|Drug X twice daily|[Drug X]", "Placebo|PLACEBO_COMPARATOR|null|[Placebo]");
        assertThat(t.eligibility().sex()).isEqualTo(org.trialworkbench.model.Sex.FEMALE);
        assertThat(t.enrollment()).isEqualTo(new Enrollment(1204, EnrollmentType.ACTUAL));
    }

    @Test
    void keepsTheRawBytesAndLeavesSourcesToTheCaller() {
        assertThat(record.raw()).isEqualTo(Seeds.bytes(Seeds.TABULAR));
        assertThat(trial.sources()).isEmpty();
    }
}
