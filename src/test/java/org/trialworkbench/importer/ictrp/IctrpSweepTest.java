package org.trialworkbench.importer.ictrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Trial;

/**
 * Findings of a field-by-field sweep of the real 95-trial ICTRP export against the raw {@code <Trial>}
 * elements: each test names the records where the importer was wrong before its fix.
 */
class IctrpSweepTest {
    private static Map<String, ParsedRecord> byTrialId;

    @BeforeAll
    static void importExport() throws IOException {
        CollectingSink sink = CollectingSink.parse(new IctrpXmlImporter(),
                new BytesDocument("export.xml", IctrpXmlImporterTest.resource(IctrpXmlImporterTest.EXPORT)));
        byTrialId = sink.records.stream().collect(Collectors.toMap(
                r -> r.location().replaceFirst("^Trial \\d+ \\((.*)\\)$", "$1"), Function.identity()));
    }

    private static Trial trial(String trialId) {
        assertThat(byTrialId).containsKey(trialId);
        return byTrialId.get(trialId).trial();
    }

    private static java.util.List<String> measures(Trial t, OutcomeKind kind) {
        return t.outcomes().stream().filter(o -> o.kind() == kind).map(Outcome::measure).toList();
    }

    @Test
    void keepsUnbulletedOutcomeLinesAfterABulletedList() {
        // NL-OMON55279: four bulleted secondary end points, then "Additional/Exploratory endpoints:" and
        // "Safety endpoints:" with unbulleted lines; those lines were dropped
        Trial t = trial("NL-OMON55279");
        assertThat(measures(t, OutcomeKind.SECONDARY)).contains("Change from Baseline in mBMI at Week 65",
                "Change from Baseline in mNIS+7 at Week 85", "Change from Baseline in EQ-5D-5L at Weeks 37 and 81",
                "Change from Baseline in renal function.",
                // NL-OMON hard-wraps at about 80 characters: a wrapped end point is one end point
                "Frequency of all cause hospitalizations in patients with cardiac involvement by Week 66");
        assertThat(t.outcomes()).filteredOn(o -> o.measure().equals("Change from Baseline in renal function."))
                .extracting(Outcome::description).containsExactly("Safety endpoints:");
    }

    @Test
    void joinsOnlyLinesThatCannotEndAnItem() {
        assertThat(WrappedLines.join(java.util.List.of("safety", "efficacy", "Changes from baseline in the following items")))
                .containsExactly("safety", "efficacy", "Changes from baseline in the following items");
        assertThat(WrappedLines.join(java.util.List.of("Change in LV mass,", "IVS thickness", "Serum TTR")))
                .containsExactly("Change in LV mass, IVS thickness", "Serum TTR");
    }

    @Test
    void readsNoDesignFromEuFlagLabelsLeftBlank() {
        // "Controlled: no / Randomised: (blank) / Open: / … / Double blind: / Parallel group: …": the labels were
        // read as wording, and an open-label single-group trial became randomized, parallel and double blind
        for (String id : java.util.List.of("EUCTR2012-000467-24-SE", "EUCTR2009-013030-25-FI")) {
            assertThat(trial(id).design()).as(id).isEqualTo(org.trialworkbench.model.Design.EMPTY);
        }
    }

    @Test
    void readsNoDesignFromAnEuFlagListAnsweredAllNo() {
        // open, single blind and double blind all "no": the form was saved unanswered ("Open: no" on open-label
        // extension studies), so its "Randomised: no" is no reading either
        for (String id : java.util.List.of("EUCTR2011-005236-25-SE", "EUCTR2011-000776-34-SE", "EUCTR2010-019829-34-IT",
                "EUCTR2009-011535-12-DE", "CTIS2023-507385-11-00")) {
            assertThat(trial(id).design()).as(id).isEqualTo(org.trialworkbench.model.Design.EMPTY);
            assertThat(byTrialId.get(id).warnings()).as(id).anyMatch(w -> w.message().contains("saved unanswered"));
        }
        // an answered list keeps its answers
        assertThat(trial("EUCTR2018-003519-24-GB").design().allocation()).isEqualTo(org.trialworkbench.model.Allocation.NON_RANDOMIZED);
        assertThat(trial("EUCTR2018-003519-24-GB").design().masking()).isEqualTo(org.trialworkbench.model.Masking.NONE);
    }

    @Test
    void readsABulletedOutcomeListByItsBulletsNotBySemicolonsInItsNotes() {
        // jRCT2071210009: "- Change … PND score at Week 65 / Note: … Stage 0: no impairment; Stage 1: …" gave the
        // PND stages as secondary outcomes and glued three end points into one
        assertThat(measures(trial("JPRN-jRCT2071210009"), OutcomeKind.SECONDARY)).hasSize(5)
                .allMatch(m -> m.startsWith("Change from baseline in"))
                .anySatisfy(m -> assertThat(m).startsWith("Change from baseline in Polyneuropathy Disability (PND) score at Week 65 Note:")
                        .contains("Stage 1: sensory disturbances"));
    }

    @Test
    void endsASemicolonListItemWhereItsLineEndsASentence() {
        // jRCT2080221636: ";mBMI;Ambulatory status." then one sampling time point per line: the eight lines were one outcome
        assertThat(measures(trial("JPRN-jRCT2080221636"), OutcomeKind.SECONDARY)).contains("Ambulatory status.",
                "Blood samples for determination of plasma levels of tafamidis will be collected at Week 26.");
        // NL-OMON55279: a ";" list whose items wrap stays two items
        assertThat(measures(trial("NL-OMON55279"), OutcomeKind.PRIMARY)).containsExactly(
                "Week 35 Interim Analysis: Change from Baseline in serum TTR concentration and the mNIS+7",
                "Week 66 Final Analysis: Change from Baseline in serum TTR concentration, mNIS+7 and Norfolk QOL-DN");
    }

    @Test
    void putsBackTheLineBreaksOfAFlattenedNumberedList() {
        // EUCTR2010-019829-34-IT joins items with two spaces, CTIS with ".," : three criteria had been one
        assertThat(trial("EUCTR2010-019829-34-IT").eligibility().criteriaText())
                .contains("(The Diflunisal Trial)\n2. If female, patient is post-menopausal")
                .contains("throughout the study.\n3. Patient is")
                .contains("3 to 4 times/month.\n2. If female, patient is pregnant");
        assertThat(trial("CTIS2023-507385-11-00").eligibility().criteriaText())
                .contains("dose of NTLA-2001 was received.\n2. A subject has provided informed consent");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // a number inside a sentence, a run that does not continue, a list not starting at 1: unchanged
        "'1. Dose of 10 mg  2. times daily is not a list start'",
        "'1. Age over 18  3. Informed consent'",
        "'Criteria: 2. Age  3. Consent'",
        "'Stage 1. mild,2. moderate'",
    })
    void leavesNumbersThatDoNotContinueAFlattenedListAlone(String text) {
        assertThat(LostLineBreaks.restore(text)).isEqualTo(text);
    }

    @Test
    void readsNoOutcomeFromAPlaceholder() {
        // "not applicable" (DRKS), "<p>Not applicable.</p>" (NL-OMON), EU "Secondary end point(s): None" had become
        // secondary outcomes named so; the text stays in the description
        for (String id : java.util.List.of("DRKS00030545", "NL-OMON31535", "EUCTR2014-003877-40-ES")) {
            Trial t = trial(id);
            assertThat(measures(t, OutcomeKind.SECONDARY)).as(id).isEmpty();
            assertThat(measures(t, OutcomeKind.PRIMARY)).as(id).isNotEmpty();
            assertThat(t.detailedDescription()).as(id).contains("Secondary_outcome: ");
        }
        // a sentence saying none was described is kept as written
        assertThat(measures(trial("EUCTR2009-011535-12-DE"), OutcomeKind.SECONDARY))
                .containsExactly("None described at time of submission");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"NCT01821118", "NCT01435655", "NCT00791492", "NCT00630864",
        "NCT00409175", "NCT00294671"})
    void readsAnEligibilityTextTheExportRepeatsFourTimesOnce(String id) {
        // these older ClinicalTrials.gov records carry "Inclusion Criteria: … Exclusion Criteria: …" four times, joined
        // by ";" lines, and their interventions four times: every criterion and intervention was read four times
        Trial t = trial(id);
        String text = t.eligibility().criteriaText();
        assertThat(text.split("Inclusion Criteria:", -1)).as(id).hasSize(2);
        assertThat(text.split("Exclusion Criteria:", -1)).as(id).hasSize(2);
        assertThat(t.interventions()).as(id).doesNotHaveDuplicates();
        assertThat(byTrialId.get(id).warnings()).as(id).anyMatch(w -> w.message().contains("holds the same text 4 times over"));
    }

    @Test
    void readsOnlyWholeRepeatsAsRepeats() {
        assertThat(RepeatedText.once("A\nB\n;\nA\nB").text()).isEqualTo("A\nB");
        assertThat(RepeatedText.once("A\nB\nA\nB\nA\nB").copies()).isEqualTo(3);
        // a list that only partly repeats, or two equal single lines, is kept whole
        assertThat(RepeatedText.once("A\nB\nA\nC").copies()).isEqualTo(1);
        assertThat(RepeatedText.once("- None\n- None").copies()).isEqualTo(1);
        assertThat(RepeatedText.once("A\nB\nA").text()).isEqualTo("A\nB\nA");
    }

    @Test
    void readsNoPhaseForAnObservationalStudy() {
        // ChiCTR2100050713, an observational sepsis biomarker study, states phase "0": it was read as Early Phase 1
        Trial t = trial("ChiCTR2100050713");
        assertThat(t.studyType()).isEqualTo(org.trialworkbench.model.StudyType.OBSERVATIONAL);
        assertThat(t.phases()).isEmpty();
        assertThat(t.detailedDescription()).contains("Phase (unread): 0");
        assertThat(trial("NCT05950867").phases()).containsExactly(org.trialworkbench.model.Phase.NA);
    }

    @Test
    void givesAJrctProductHeadingToTheProductItHeads() {
        // jRCT2080224769: "control material(s)" ended the vutrisiran product's description, so patisiran did not show
        // that it is the control
        assertThat(trial("JPRN-jRCT2080224769").interventions()).extracting(org.trialworkbench.model.Intervention::description)
                .satisfiesExactly(
                        d -> assertThat(d).startsWith("investigational material(s)").doesNotContain("control material"),
                        d -> assertThat(d).startsWith("control material(s)\nGeneric name etc : Patisiran Sodium (JAN)"));
    }

    @Test
    void namesAnEuProductWithoutNameOrInnByItsCode() {
        // EUCTR2006-002792-41-SE lists only "Product Code: Fx-1006A": the block was split on the ";" inside the salt's
        // chemical name, giving a second intervention "2-(3,5-dichloro-phenyl)-benzoxazole-6-carboxylate"
        assertThat(trial("EUCTR2006-002792-41-SE").interventions()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Fx-1006A");
            assertThat(i.type()).isEqualTo(org.trialworkbench.model.InterventionType.DRUG);
            assertThat(i.description()).contains("ammonium;2-(3,5-dichloro-phenyl)-benzoxazole-6-carboxylate");
        });
    }

    @Test
    void readsAJrctOutcomeCategoryLineAsAHeading() {
        // jRCT2080224174 (a former JapicCTI record) heads its outcomes with "safety" / "efficacy" lines: they had
        // become outcomes named "safety" and "efficacy"
        Trial t = trial("JPRN-jRCT2080224174");
        assertThat(t.outcomes()).extracting(Outcome::measure).doesNotContain("safety", "efficacy");
        assertThat(t.outcomes()).filteredOn(o -> o.measure().startsWith("Safety and tolerability of long-term dosing"))
                .extracting(Outcome::description).containsExactly("safety");
        assertThat(OutcomeReader.read("- Serum TTR\nsafety\n- Adverse events")).extracting(OutcomeReader.Item::description)
                .containsExactly(null, "safety");
    }

    @Test
    void namesTheLimitsWhoseSignTheExportLost() {
        // EUCTR2012-000467-24-SE: "ANC =1500 cells/mm³, platelet count =100,000 cells/mm³": read as written these
        // say "exactly"; NL-OMON55279 writes the lost sign as "*" ("NIS * 10 and * 130")
        assertThat(byTrialId.get("EUCTR2012-000467-24-SE").warnings()).anySatisfy(w -> assertThat(w.message())
                .startsWith("6 limit(s) in the eligibility criteria").contains("'=1500 cells/mm³'"));
        assertThat(byTrialId.get("NL-OMON55279").warnings()).anySatisfy(w -> assertThat(w.message()).contains("'* 10 and'"));
        // ">/=" written out is a sign, not a lost one
        assertThat(byTrialId.get("EUCTR2011-005236-25-SE").warnings()).noneMatch(w -> w.message().contains("lost"));
        assertThat(LostSigns.find("Age >= 18, BMI <=30, x == 2, Abstinent* or, ION*682884")).isEmpty();
    }
}
