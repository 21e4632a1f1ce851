package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Quantity;

class DoseLevelArmReaderTest {
    private final DoseLevelArmReader reader = new DoseLevelArmReader(new DoseExpressionReader(), new AdministrationReader());

    private static Arm arm(String label) {
        return new Arm(label, ArmType.EXPERIMENTAL, null, List.of());
    }

    private static Arm arm(String label, ArmType type) {
        return new Arm(label, type, null, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dose Level 1: 0.5 mg/kg                | 1",
            "Cohort 2: 1 x 10^7 cells               | 2",
            "BMS-986315 Dose Level (DL) 1           | 1",
            "cohort A：dose level 3 of SSGJ-707      | 3",
            "AKB-6548, starting dose 2              | 2",
            "Dose level -1                          | -1",
            "DL -1: 0.25 mg/kg                      | -1",
    })
    void readsTheLevelNumber(String label, int level) {
        assertThat(DoseLevelArmReader.level(label)).isEqualTo(level);
    }

    @Test
    void ordersDeEscalationLevelBeforeLevelOne() {
        List<EscalationStep> steps = reader.read(List.of(arm("Dose Level 1: 0.5 mg/kg"), arm("Dose Level 2: 1 mg/kg"),
                arm("Dose Level -1: 0.25 mg/kg")), List.of(), null);
        assertThat(steps).extracting(s -> s.dose().quantity()).containsExactly(
                new Quantity(0.25, "mg/kg"), new Quantity(0.5, "mg/kg"), new Quantity(1, "mg/kg"));
    }

    @Test
    void leavesOutPlaceboComparatorAndExpansionWithoutDose() {
        List<EscalationStep> steps = reader.read(List.of(arm("Part A dose escalation"), arm("Dose expansion"),
                arm("Placebo", ArmType.PLACEBO_COMPARATOR), arm("Matching placebo low dose"),
                arm("Standard of care", ArmType.ACTIVE_COMPARATOR)), List.of(), null);
        assertThat(steps).extracting(EscalationStep::label).containsExactly("Part A dose escalation");
    }

    @Test
    void ordersUnnumberedDosedArmsByDose() {
        List<EscalationStep> steps = reader.read(List.of(arm("Phase I: 74 Gy/37 fx"), arm("Phase I: 70 Gy/35 fx")),
                List.of(), "radiation dose escalation");
        assertThat(steps).extracting(s -> s.statedTotal().quantity().value()).containsExactly(70.0, 74.0);
        assertThat(steps).extracting(s -> s.administration().count()).containsExactly(35, 37);
    }

    @Test
    void readsNoStepFromASingleArmWithoutCue() {
        assertThat(reader.read(List.of(arm("Olaparib, radiation +/- Cisplatin")), List.of(), null)).isEmpty();
        assertThat(reader.read(List.of(), List.of(), null)).isEmpty();
    }

    /** Controls at the same doses (active comparators) run beside the escalation: not steps. */
    @Test
    void leavesOutActiveComparatorsWhenExperimentalArmsAreSteps() {
        List<EscalationStep> steps = reader.read(List.of(arm("Deficient 0.25 mg/kg PQ + DHAP"), arm("Deficient 0.4 mg/kg PQ + DHAP"),
                arm("Normal 0.25 mg/kg PQ + DHAP", ArmType.ACTIVE_COMPARATOR), arm("Normal 0.4 mg/kg PQ + DHAP", ArmType.ACTIVE_COMPARATOR)),
                List.of(), null);
        assertThat(steps).extracting(EscalationStep::label)
                .containsExactly("Deficient 0.25 mg/kg PQ + DHAP", "Deficient 0.4 mg/kg PQ + DHAP");
    }

    @Test
    void keepsActiveComparatorStepsWhenNoOtherArmIsAStep() {
        List<EscalationStep> steps = reader.read(List.of(arm("Antibody dose 1: 25 mg/kg", ArmType.ACTIVE_COMPARATOR),
                arm("Antibody dose 2: 50 mg/kg", ArmType.ACTIVE_COMPARATOR), arm("Placebo", ArmType.PLACEBO_COMPARATOR)), List.of(), null);
        assertThat(steps).hasSize(2);
    }

    private static Intervention intervention(String name, String description) {
        return new Intervention(InterventionType.DRUG, name, description, List.of());
    }

    /** The count of an arm's dose is read from the dose's own clause in the interventions named with that dose. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "DHAP once daily for three days in combination with a single dose of 0.25mg/kg of primaquine on the first day | 1",
            "Backbone given for 5 days, followed by 0.25 mg/kg primaquine once                                          | 1",
            "Primaquine 0.25 mg/kg given twice, 7 days apart, together with DHAP for three days                         | 2",
    })
    void readsTheCountOfTheArmsDoseFromTheInterventionNamedWithIt(String description, int count) {
        List<EscalationStep> steps = reader.read(List.of(arm("Low 0.25 mg/kg PQ"), arm("High 0.4 mg/kg PQ")),
                List.of(intervention("DHAP + 0.25 mg/kg primaquine", description)), null);
        assertThat(steps.get(0).administration().count()).isEqualTo(count);
        assertThat(steps.get(1).administration().count()).isNull();
    }

    /** Interventions that disagree, or that do not name the arm's dose: no count. */
    @Test
    void readsNoCountWhenTheNamedInterventionsDisagreeOrNoneNamesTheDose() {
        List<Arm> arms = List.of(arm("Low 0.25 mg/kg PQ"), arm("High 0.4 mg/kg PQ"));
        List<EscalationStep> disagree = reader.read(arms, List.of(
                intervention("0.25 mg/kg PQ, group A", "a single dose of 0.25 mg/kg"),
                intervention("0.25 mg/kg PQ, group B", "0.25 mg/kg given twice")), null);
        assertThat(disagree.get(0).administration().count()).isNull();
        List<EscalationStep> unnamed = reader.read(arms, List.of(intervention("Primaquine", "a single dose of 0.25 mg/kg")), null);
        assertThat(unnamed.get(0).administration().count()).isNull();
    }

    @Test
    void givesTheDoseToTheInterventionTheArmNamesFirstNotTheFirstItLists() {
        // NCT00023673: the arm lists carboplatin first, but its dose levels are the radiation's (Gy)
        List<String> names = List.of("Drug: carboplatin", "Drug: paclitaxel", "Radiation: three-dimensional conformal radiation therapy");
        String text = "Three-dimensional conformal radiation therapy (3DRT) of %s Gy given in %d fractions with concurrent"
                + " weekly paclitaxel at 50mg/m2 and carboplatin at area under the curve 2mg/m2.";
        List<Arm> arms = List.of(new Arm("Phase I: 74 Gy/37 fx", ArmType.EXPERIMENTAL, String.format(text, "74", 37), names),
                new Arm("Phase I: 70 Gy/35 fx", ArmType.EXPERIMENTAL, String.format(text, "70", 35), names));
        List<EscalationStep> steps = reader.read(arms, List.of(), "Phase I dose escalation of radiation");
        assertThat(steps).extracting(EscalationStep::intervention)
                .containsOnly("three-dimensional conformal radiation therapy");
    }

    /**
     * Sample wordings (precision sweep): an arm step without a dose is not given to the drug its
     * description happens to name first, nor to the first of its list; and a frequency past the first
     * sentence (another drug's, after a line break) is not its interval.
     */
    @Test
    void givesAnUndosedStepOnlyTheInterventionItEscalatesOrStartsWith() {
        List<String> kras = List.of("Drug: Cyclophosphamide", "Drug: Fludarabine", "Drug: Aldesleukin", "Biological: anti-KRAS G12D mTCR PBL");
        Arm krasArm = new Arm("1/Phase I", ArmType.EXPERIMENTAL, "Non-myeloablative, lymphodepleting preparative regimen of "
                + "cyclophosphamide and fludarabine + escalating doses of anti-KRAS G12D mTCR PBL + highdose aldesleukin", kras);
        assertThat(reader.read(List.of(krasArm), List.of(), null)).extracting(EscalationStep::intervention)
                .containsExactly("anti-KRAS G12D mTCR PBL");

        Arm unnamed = new Arm("Escalation Cohort", ArmType.EXPERIMENTAL, "Adult participants with EGFR-mutated Non-Small Cell Lung Cancer",
                List.of("Drug: Tipifarnib", "Drug: Osimertinib"));
        assertThat(reader.read(List.of(unnamed), List.of(), null)).extracting(EscalationStep::intervention).containsOnlyNulls();

        Arm subject = new Arm("Part 1C: Dose Escalation PDAC", ArmType.EXPERIMENTAL, "S241656 will be administered in combination "
                + "with gemcitabine/nab-paclitaxel at escalating dose levels", List.of("Drug: S241656", "Drug: Gemcitabine"));
        assertThat(reader.read(List.of(subject), List.of(), null)).extracting(EscalationStep::intervention).containsExactly("S241656");
    }

    @Test
    void readsNoIntervalOfAnotherDrugPastTheFirstSentence() {
        List<String> names = List.of("Drug: NK510", "Drug: Tislelizumab，atezolizumab or sugemalimab");
        List<Arm> groups = List.of(
                new Arm("Group A (low-dose group)", ArmType.EXPERIMENTAL, "NK510 will be administered once a week for a total of "
                        + "six weeks.1×10^9 NK cells/dose.\n\nPD-1 blockade will be administered every 3 weeks.", names),
                new Arm("Group B (medium-dose group)", ArmType.EXPERIMENTAL, "NK510 will be administered once a week for a total of "
                        + "six weeks.9×10^9 NK cells/dose.\n\nPD-1 blockade will be administered every 3 weeks.", names));
        List<EscalationStep> steps = reader.read(groups, List.of(), null);
        assertThat(steps).hasSize(2).allSatisfy(s -> assertThat(s.administration().interval()).isNull())
                .extracting(EscalationStep::intervention).containsOnly("NK510");
    }

    /** A lone "low dose" / "high dose" arm is no step: the relative words need a counterpart (NCT02315053, NCT04780399). */
    @Test
    void readsNoStepFromALoneRelativeDoseArm() {
        assertThat(reader.read(List.of(new Arm("Low dose FDG PET/CT 5x", ArmType.OTHER,
                "Stage II/III NSCLC will undergo a Low dose FDG PET/CT 5x during treatment (CCRT).", List.of("Other: Low dose FDG PET/CT 5 x."))),
                List.of(), null)).isEmpty();
        assertThat(reader.read(List.of(new Arm("Yangxue Qingnao pills high dose group", ArmType.EXPERIMENTAL,
                "Yangxue Qingnao pills 7.5 g per time,2 times per day.", List.of("Drug: Yangxue Qingnao pills"))), List.of(), null)).isEmpty();
        assertThat(reader.read(List.of(new Arm("Escalation Cohort", ArmType.EXPERIMENTAL, "Adults", List.of("Drug: X"))), List.of(), null))
                .hasSize(1);
    }
}
