package org.trialworkbench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.analysis.thresholds.ThresholdReader;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;
import org.trialworkbench.model.comparison.EligibilityComparison;
import org.trialworkbench.model.comparison.EligibilityRow;

/**
 * Verdicts on limits as real records word them (the record each phrase comes from is named),
 * read by the real {@link ThresholdReader}: found wrong or missing when the aligner was run on
 * groups of real trials with {@link AlignmentProbe}.
 */
class StrictnessOnRealPhrasesTest {
    private static final ThresholdReader READER = new ThresholdReader();

    /** A trial of one criterion; "I:" or "E:" before the text says its kind. */
    private static Trial trial(String id, String... criteria) {
        List<Criterion> read = new ArrayList<>();
        for (String c : criteria) {
            CriterionKind kind = c.startsWith("E:") ? CriterionKind.EXCLUSION : CriterionKind.INCLUSION;
            String text = c.substring(2);
            read.add(new Criterion((kind == CriterionKind.EXCLUSION ? "E" : "I") + (read.size() + 1), kind, text,
                    READER.read(text), false));
        }
        return Trial.builder().id(id).briefTitle(id).eligibility(new Eligibility(null, null, null, null, "text", read)).build();
    }

    private static EligibilityRow row(EligibilityComparison c, String parameter) {
        return c.rows().stream().filter(r -> r.key().startsWith("threshold:" + parameter)).findFirst().orElseThrow();
    }

    private static List<Verdict> verdicts(EligibilityRow r) {
        return r.cells().stream().map(x -> x.verdict()).toList();
    }

    @Test
    void oneInclusionAndOneExclusionLimitOfATrialBothApplyAndRankAsTheirIntersection() {
        // The seeds: NCT00962923 admits DLCO 45-70% predicted, jRCTc071190041 20-80%: the first is stricter.
        // mPAP: (40, 50] mmHg against below 40: the ranges do not nest, nobody is ranked.
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT00962923", "I:lung involvement: with a vital capacity (VC) or DLCO below 70% predicted, or a mean"
                        + " pulmonary artery pressure (PAP) above 40 mmHg",
                        "E:Uncontrolled arrhythmia, mean PAP >50 mmHg, DLCO<45% of predicted"),
                trial("jRCTc071190041", "I:%DLco < 80%", "E:%DLco < 20%", "E:mean PAP >= 40 mmHg")));
        assertThat(verdicts(row(c, "DLCO"))).containsExactly(Verdict.STRICTEST, Verdict.LOOSEST);
        assertThat(verdicts(row(c, "mPAP"))).containsExactly(Verdict.NONE, Verdict.NONE);
    }

    @Test
    void anEcogRangeFromZeroIsAnUpperLimitAndRanksWithTheOthers() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT02652234", "I:ECOG performance status 0-1"),
                trial("NCT06001671", "I:Eastern Cooperative Oncology Group (ECOG) performance status of 0-2."),
                trial("NCT02465060", "I:Patients must have Eastern Cooperative Oncology Group (ECOG) performance status =< 1")));
        assertThat(verdicts(row(c, "ECOG"))).containsExactly(Verdict.STRICTEST, Verdict.LOOSEST, Verdict.STRICTEST);
    }

    @Test
    void belowTwoOnAWholeNumberScaleIsAtMostOne() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT03955198", "I:ECOG performance status < 2 i.e. 0 or 1"),
                trial("NCT01642004", "I:Eastern Cooperative Oncology Group (ECOG) performance status ≤1")));
        EligibilityRow ecog = row(c, "ECOG");
        assertThat(verdicts(ecog)).containsExactly(Verdict.SAME, Verdict.SAME);
        assertThat(ecog.differs()).isFalse();
    }

    @Test
    void anInclusionMinimumAndExclusionsBelowALimitShareOneRowAndRank() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT04646330", "I:Platelets ≥ 100,000/µL"),
                trial("NCT00739882", "E:History of thrombocytopenia, a platelet count <150,000 cells/μL"),
                trial("NCT01029262", "E:Platelets < 50,000/uL"),
                trial("NCT06097962", "E:Hematological: Platelet count < 75×10^9/L")));
        EligibilityRow platelets = row(c, "platelets");
        assertThat(c.rows().stream().filter(r -> r.key().startsWith("threshold:platelets"))).hasSize(1);
        assertThat(verdicts(platelets)).containsExactly(Verdict.NONE, Verdict.STRICTEST, Verdict.LOOSEST, Verdict.NONE);
    }

    @Test
    void anExclusionBelowALimitIsTheSameLimitAsAnInclusionAtLeastIt() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT04646330", "I:Left ventricular ejection fraction ≥50%"),
                trial("NCT06097962", "E:severe cardiac disease, left ventricular ejection fraction (LVEF) of<50%")));
        EligibilityRow lvef = row(c, "LVEF");
        assertThat(verdicts(lvef)).containsExactly(Verdict.SAME, Verdict.SAME);
        assertThat(lvef.differs()).isFalse();
    }

    @Test
    void alternativesWithTheSameLimitAreOneLimit() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT05821933", "I:Serum creatinine ≤1.5 × ULN, or calculated creatinine clearance (CrCl) by the "
                        + "Cockcroft-Gault formula ≥60 mL/min, or measured 24-hour urine CrCl ≥60 mL/min."),
                trial("NCT02652234", "I:Adequate hepatic and renal function: creatinine clearance≥50ml/min;")));
        assertThat(verdicts(row(c, "CrCl"))).containsExactly(Verdict.STRICTEST, Verdict.LOOSEST);
    }

    @Test
    void gradesOfDifferentToxicitiesAreNotRanked() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT02679963", "E:Symptomatic peripheral neuropathy ≥ grade 2"),
                trial("NCT06050980", "E:Any disease of the eyes > CTCAE v5.0 Grade 1.")));
        List<EligibilityRow> grades = c.rows().stream().filter(r -> r.key().startsWith("threshold:CTCAE grade")).toList();
        assertThat(grades).extracting(EligibilityRow::label).containsExactly(
                "CTCAE grade (exclusion) NCT02679963:E1", "CTCAE grade (exclusion) NCT06050980:E1");
        assertThat(grades).allSatisfy(r -> assertThat(verdicts(r)).containsOnly(Verdict.NONE));
    }

    @Test
    void anAgeThatDefinesPostMenopausalIsNotTheTrialsAgeLimit() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT02856893", "I:Age ≥18 years;",
                        "I:Post-menopausal defined as aged more than 50 years and amenorrheic for at least 12 months "
                                + "following cessation of all exogenous hormonal treatments."),
                trial("NCT04646330", "I:18 to 75 years old (at the time consent is obtained).")));
        EligibilityRow age = row(c, "age");
        assertThat(age.cells().get(0).entries()).hasSize(2);
        assertThat(verdicts(age)).containsExactly(Verdict.LOOSEST, Verdict.STRICTEST);
    }

    @Test
    void aComparatorReadFromATypoIsNotRanked() {
        // Seed 001 (NCT00962923) writes "serum albumin ,25 g/L" where "<" was meant.
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT00962923", "E:serum albumin ,25 g/L"),
                trial("NCT01539902", "E:serum albumin < 30 g/L")));
        EligibilityRow albumin = row(c, "albumin");
        assertThat(albumin.cells().get(0).entries().get(0).flags()).contains("AMBIGUOUS_COMPARATOR");
        assertThat(verdicts(albumin)).containsOnly(Verdict.NONE);
    }

    @Test
    void aTrialAllowingMoreForASubgroupIsLooserThanOneWithItsGeneralLimitOnly() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT05821933", "I:Serum total bilirubin ≤1.5 times the upper limit of normal (ULN) ALT and AST ≤2.5 × ULN "
                        + "and serum total bilirubin ≤1.5 times the ULN if there is no liver metastasis; ALT and AST ≤5 × ULN "
                        + "and serum total bilirubin ≤2 times the ULN if there is liver metastasis."),
                trial("NCT02652234", "I:Adequate hepatic and renal function: ALT≤2.5×ULN, AST≤2.5×ULN;"),
                trial("NCT00055614", "I:Hepatic - ALT and AST less than 1.5 times upper limit of normal (ULN)")));
        assertThat(verdicts(row(c, "ALT"))).containsExactly(Verdict.LOOSEST, Verdict.NONE, Verdict.STRICTEST);
    }

    @Test
    void subgroupLimitsThatOverlapAnotherTrialsLimitRankNobody() {
        // NCT02465060: ANC >= 1,500/mcL, or >= 1,000/mcL with lymphoma in the marrow; NCT00055614: >= 1,200/mm^3.
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT02465060", "I:Absolute neutrophil count >= 1,500/mcL",
                        "I:NOTE: Patients with documented bone marrow involvement by lymphoma are not required to meet the above "
                                + "hematologic parameters, but must have a neutrophil count of at least 1,000/mcL"),
                trial("NCT00055614", "I:Hematopoietic - Granulocyte count at least 1,200/mm^3")));
        assertThat(verdicts(row(c, "ANC"))).containsOnly(Verdict.NONE);
    }

    @Test
    void twelveWeeksIsThreeMonthsAsTrialsCountThem() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("NCT02652234", "I:Life expectancy≥3 months"),
                trial("NCT05821933", "I:Expected survival period of at least 12 weeks as determined by the investigator."),
                trial("NCT03799601", "I:Life expectancy ≥6 months"),
                trial("NCT06576635", "E:Life expectancy <12 weeks")));
        assertThat(verdicts(row(c, "life expectancy")))
                .containsExactly(Verdict.LOOSEST, Verdict.LOOSEST, Verdict.STRICTEST, Verdict.LOOSEST);
    }

    @Test
    void tenWeeksIsNotAWholeNumberOfMonthsAndStaysShorterThanThree() {
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                trial("A", "I:Life expectancy of at least 10 weeks"),
                trial("NCT02652234", "I:Life expectancy≥3 months")));
        assertThat(verdicts(row(c, "life expectancy"))).containsExactly(Verdict.LOOSEST, Verdict.STRICTEST);
    }

    @Test
    void aStatedMaximumAgeIsNotTheLoosestWhenAnotherTrialHasNoMaximum() {
        // NCT04646330 and NCT02652234 state 75 and 70 years; NCT01029262 states no maximum age.
        EligibilityComparison c = new EligibilityAligner().align(List.of(
                withAges("NCT04646330", 75), withAges("NCT02652234", 70), withAges("NCT01029262", null)));
        EligibilityRow max = c.rows().stream().filter(r -> r.key().equals("maximumAge")).findFirst().orElseThrow();
        assertThat(verdicts(max)).containsExactly(Verdict.NONE, Verdict.STRICTEST, Verdict.NONE);
    }

    private static Trial withAges(String id, Integer maximumYears) {
        Age max = maximumYears == null ? null : new Age(maximumYears, AgeUnit.YEARS, true);
        return Trial.builder().id(id).briefTitle(id)
                .eligibility(new Eligibility(new Age(18, AgeUnit.YEARS, true), max, null, null, "text", List.of())).build();
    }
}
