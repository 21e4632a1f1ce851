package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.DateType;
import org.trialworkbench.model.EnrollmentType;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.PrimaryPurpose;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/** Field values of real records (copied into src/test/resources/samples), one behaviour per test. */
class CtgovFieldMappingTest {

    @Test
    void canonicalizesTheEudraCtSecondaryIdAndKeepsTheOrgStudyIdAsSponsorId() {
        Trial t = CtgovSamples.only(new CtgovJsonImporter(), "ctgov-json/NCT02552212.json").trial();
        assertThat(t.registryIds()).containsExactly(
                new RegistryId("NCT02552212", RegistryIds.CTGOV),
                new RegistryId("AS0006", null),
                new RegistryId("EUCTR2015-001894-41", RegistryIds.EUCTR));
    }

    @Test
    void readsTheV2DesignStatusDatesAndEligibility() {
        Trial t = CtgovSamples.only(new CtgovJsonImporter(), "ctgov-json/NCT02552212.json").trial();
        assertThat(t.acronym()).isEqualTo("C-AXSPAND");
        assertThat(t.overallStatus()).isEqualTo(OverallStatus.COMPLETED);
        assertThat(t.phases()).containsExactly(Phase.PHASE3);
        assertThat(t.design()).isEqualTo(new Design(Allocation.RANDOMIZED, InterventionModel.PARALLEL,
                Masking.QUADRUPLE, PrimaryPurpose.TREATMENT));
        assertThat(t.enrollment()).isEqualTo(new Enrollment(317, EnrollmentType.ACTUAL));
        assertThat(t.dates()).isEqualTo(new TrialDates("2015-09", "2018-05", "2020-05", DateType.ACTUAL, DateType.ACTUAL, DateType.ACTUAL));
        assertThat(t.lastUpdate()).isEqualTo("2022-08-18");
        assertThat(t.leadSponsor()).isEqualTo("UCB BIOSCIENCES GmbH");
        assertThat(t.countries()).hasSize(9).contains("Czechia", "Taiwan", "United States").doesNotHaveDuplicates();
        assertThat(t.eligibility().minimumAge()).isEqualTo(new Age(18, AgeUnit.YEARS, true));
        assertThat(t.eligibility().maximumAge()).isNull();
        assertThat(t.eligibility().sex()).isEqualTo(Sex.ALL);
        assertThat(t.eligibility().healthyVolunteers()).isFalse();
        assertThat(t.eligibility().criteria()).isEmpty();
        assertThat(t.outcomes()).hasSize(31);
        assertThat(t.outcomes().get(11).key()).isEqualTo("S1");
    }

    @Test
    void stripsTheTypePrefixFromV2ArmInterventionNamesAndKeepsOtherNames() {
        Trial t = CtgovSamples.only(new CtgovJsonImporter(), "ctgov-json/NCT02552212.json").trial();
        assertThat(t.arms()).extracting(Arm::label, Arm::type, Arm::interventionNames).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Certolizumab Pegol 200 mg Q2W", ArmType.EXPERIMENTAL, List.of("Certolizumab Pegol")),
                org.assertj.core.groups.Tuple.tuple("Placebo", ArmType.PLACEBO_COMPARATOR, List.of("Placebo")));
        assertThat(t.interventions().get(0).type()).isEqualTo(InterventionType.BIOLOGICAL);
        assertThat(t.interventions().get(0).otherNames()).containsExactly("Cimzia", "CDP870");
        assertThat(t.sources()).isEmpty();
        assertThat(t.cohorts()).isEmpty();
        assertThat(t.annotations()).isEmpty();
    }

    @Test
    void keepsADoseInTheArmLabelAndTheCriteriaTextUnsplit() {
        Trial t = CtgovSamples.only(new CtgovJsonImporter(), "ctgov-json/NCT03934567.json").trial();
        assertThat(t.arms()).singleElement().satisfies(arm -> {
            assertThat(arm.label()).isEqualTo("Abexinostat 80 mg bis in die (BID)");
            assertThat(arm.interventionNames()).containsExactly("Abexinostat");
        });
        assertThat(t.eligibility().criteriaText()).startsWith("Inclusion Criteria:\n\n1. Life expectancy ≥ 3 months\n2. ")
                .contains("Exclusion Criteria:");
    }

    @Test
    void warnsThatAnInterventionalStudyListsNoOutcomes() {
        ParsedRecord r = CtgovSamples.only(new CtgovJsonImporter(), "ctgov-json/NCT00184067.json");
        assertThat(r.trial().outcomes()).isEmpty();
        assertThat(r.warnings()).extracting(w -> w.message())
                .containsExactly("the record states no outcome measures (interventional study)");
        assertThat(r.warnings().get(0).location()).isEqualTo("study");
    }

    @Test
    void readsAnticipatedXmlEnrollmentAsEstimatedAndSpelledOutDates() {
        Trial t = CtgovSamples.only(new CtgovXmlImporter(), "ctgov-xml/NCT02988895.xml").trial();
        assertThat(t.enrollment()).isEqualTo(new Enrollment(20, EnrollmentType.ESTIMATED));
        // <start_date type="Actual">, <primary_completion_date type="Anticipated">: expected, not reached
        assertThat(t.dates()).isEqualTo(new TrialDates("2017-08-01", "2018-12", "2019-10", DateType.ACTUAL,
                DateType.ESTIMATED, DateType.ESTIMATED));
        assertThat(t.lastUpdate()).isEqualTo("2018-03-08");
        assertThat(t.design().masking()).isEqualTo(Masking.NONE);
        assertThat(t.design().allocation()).isNull();
    }

    @Test
    void keepsXmlTextblockLinesAndParagraphsWithoutTheXmlIndentation() {
        Trial t = CtgovSamples.only(new CtgovXmlImporter(), "ctgov-xml/NCT02988895.xml").trial();
        assertThat(t.eligibility().criteriaText())
                .startsWith("Inclusion Criteria:\n\n  -  Diagnosis of CNV or PCV due to nAMD by angiography\n\n  -  Male or female");
        assertThat(t.briefSummary()).startsWith("This is a prospective").contains("trial of\nStrontium 90");
    }

    @Test
    void readsThePre2017OneLineXmlStudyDesignAndGenderBoth() {
        Trial t = CtgovSamples.only(new CtgovXmlImporter(), "ctgov-xml/NCT02931214.xml").trial();
        assertThat(t.design()).isEqualTo(new Design(Allocation.RANDOMIZED, InterventionModel.PARALLEL,
                Masking.DOUBLE, PrimaryPurpose.TREATMENT));
        assertThat(t.dates().start()).isEqualTo("2016-08");
        assertThat(t.phases()).containsExactly(Phase.PHASE1);
    }

    @Test
    void readsTheV1DoseEscalationArmsWithInterventionNamesWithoutTypePrefix() {
        Trial t = CtgovSamples.only(new CtgovV1JsonImporter(), "ctgov-v1-json/NCT00023673.json").trial();
        assertThat(t.arms()).extracting(Arm::label).containsExactly(
                "Phase I: 75.25 Gy/36 fx + chemotherapy", "Phase I: 74 Gy/37 fx + chemotherapy",
                "Phase I: 70 Gy/35 fx + chemotherapy", "Phase II: 74 Gy/37 fx + chemotherapy");
        assertThat(t.arms().get(0).interventionNames())
                .containsExactly("carboplatin", "paclitaxel", "three-dimensional conformal radiation therapy");
        assertThat(t.phases()).containsExactly(Phase.PHASE1, Phase.PHASE2);
        // the v1 record types both completions "Actual" and gives the start date no type
        assertThat(t.dates()).isEqualTo(new TrialDates("2001-07", "2009-01", "2013-11", null, DateType.ACTUAL, DateType.ACTUAL));
        assertThat(t.eligibility().minimumAge()).isNull();
        assertThat(t.eligibility().healthyVolunteers()).isFalse();
    }

    @Test
    void theSameTrialFromV1JsonAndXmlGivesTheSameCoreFields() {
        Trial v1 = CtgovSamples.only(new CtgovV1JsonImporter(), "ctgov-v1-json/NCT00023673.json").trial();
        Trial xml = CtgovSamples.only(new CtgovXmlImporter(), "ctgov-xml/NCT00023673.xml").trial();
        assertThat(xml.id()).isEqualTo(v1.id()).isEqualTo("NCT00023673");
        assertThat(xml.briefTitle()).isEqualTo(v1.briefTitle());
        assertThat(xml.officialTitle()).isEqualTo(v1.officialTitle());
        assertThat(xml.phases()).isEqualTo(v1.phases());
        assertThat(xml.design()).isEqualTo(v1.design());
        assertThat(xml.overallStatus()).isEqualTo(v1.overallStatus());
        assertThat(xml.enrollment()).isEqualTo(v1.enrollment());
        assertThat(xml.dates()).isEqualTo(v1.dates());
        assertThat(xml.arms()).extracting(Arm::label).isEqualTo(v1.arms().stream().map(Arm::label).toList());
        assertThat(xml.arms()).extracting(Arm::interventionNames)
                .isEqualTo(v1.arms().stream().map(Arm::interventionNames).toList());
        assertThat(xml.outcomes()).extracting(o -> o.key() + " " + o.measure())
                .isEqualTo(v1.outcomes().stream().map(o -> o.key() + " " + o.measure()).toList());
        assertThat(xml.registryIds()).isEqualTo(v1.registryIds());
    }

    @Test
    void takesTheMarkdownEscapesOutOfV2TextsAsTheRegistryPageDoes() {
        Trial t = CtgovSamples.only(new CtgovJsonImporter(), "ctgov-json/NCT02552212.json").trial();
        // delivered as "score \\>= 4" and "\\>= 2.0"
        assertThat(t.eligibility().criteriaText()).contains("Activity Index (BASDAI) score >= 4").doesNotContain("\\>");
        assertThat(t.outcomes()).anySatisfy(o -> assertThat(o.description()).contains("(improvement) >= 2.0"));
    }
}
