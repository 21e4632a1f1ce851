package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Trial;

/** The fixed-dose fallback: one cohort only for a dose the texts give the study drug without doubt. */
class FixedDoseReaderTest {
    private final CohortReader reader = new CohortReader();

    private static Trial withIntervention(String name, String description) {
        return Trial.builder().id("t").briefTitle("t").phases(List.of(Phase.PHASE2))
                .addIntervention(new Intervention(InterventionType.DRUG, name, description, List.of())).build();
    }

    /** Several drugs' doses in one text: none of them is the arm's dose. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Platinum doublet | Cisplatin 75 mg/m2 IV on Day 1 of every 3-week cycle. Pemetrexed 500 mg/m2 IV on Day 1 of each 3-week cycle.",
            "Chemotherapy     | Carboplatin AUC 5 on day 1. Paclitaxel injection: 175 mg/m2 IV on Day 1. Gemcitabine 1000 mg/m2 on days 1 and 8.",
            "FOLFOX           | oxaliplatin 85 mg/m2, leucovorin 400 mg/m2 and 5-FU 2400 mg/m2 over 46 hours every 2 weeks",
            "Background ART   | tenofovir 300 mg + lamivudine 300 mg + dolutegravir 50 mg once daily",
    })
    void readsNoDoseFromACombinationText(String name, String description) {
        assertThat(reader.read(withIntervention(name, description))).isEmpty();
    }

    /** A start and a later dose, the drug named far from them: which is the arm's dose is not said; nothing is picked. */
    @Test
    void readsNoDoseFromAStartingAndAMaintenanceDoseNotTiedToTheDrug() {
        assertThat(reader.read(armTrial("The starting dose for drug A (brand name, see http://example.org/label.pdf) is 120 mg"
                + " twice a day. After 7 days the dose is increased to 240 mg twice a day."))).isEmpty();
    }

    /** The dose the text names as the maintenance or target dose is the arm's dose; the titration dose stays text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The starting dose for drug A (see label) is 120 mg twice a day. After 7 days, the dose should be increased to the maintenance dose of 240 mg twice a day. | 240",
            "Patients start at 25 mg daily and are titrated over 4 weeks to a target dose of 100 mg daily.                                                         | 100",
            "Maintenance dose: 5 mg once daily after a loading dose of 10 mg.                                                                                       | 5",
    })
    void readsTheNamedMaintenanceDose(String description, double mg) {
        Cohort c = reader.read(armTrial(description)).get(0);
        assertThat(c.dose()).isEqualTo(new Quantity(mg, "mg"));
        assertThat(c.doseText()).contains("maintenance dose").contains("other doses in the text not read");
    }

    @Test
    void readsNoMaintenanceDoseWhenTwoAreNamed() {
        assertThat(reader.read(armTrial("Maintenance dose of 5 mg for adults; for children under 12, the drug A"
                + " maintenance dose of 2.5 mg."))).isEmpty();
    }

    /** Written right after the drug, the starting dose is read, and the later dose is flagged as not read. */
    @Test
    void flagsTheLaterDoseWhenTheStartingDoseIsRead() {
        Cohort c = reader.read(armTrial("The starting dose of drug A is 120 mg twice a day. After 7 days the dose is"
                + " increased to 240 mg twice a day.")).get(0);
        assertThat(c.dose()).isEqualTo(new Quantity(120, "mg"));
        assertThat(c.doseText()).contains("other doses in the text not read: 240 mg");
    }

    private static Trial armTrial(String armDescription) {
        return Trial.builder().id("t").briefTitle("t")
                .addArm(new Arm("Drug A capsules", ArmType.ACTIVE_COMPARATOR, armDescription, List.of()))
                .addIntervention(new Intervention(InterventionType.DRUG, "Drug A", "Capsules dispensed monthly.", List.of())).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Drug X 10 mg once daily; drug X 10 mg is taken with food | 10 | mg",
            "0.1mg / 0.5 ml Spike protein injection                   | 0.1 | mg",
            "Replagal 0.2 mg/kg every other week, 150 mg tablets are not used | 0.2 | mg/kg",
    })
    void readsTheOneDoseWhenAllDosesAgree(String description, double value, String unit) {
        List<Cohort> cohorts = reader.read(withIntervention("Drug X", description));
        assertThat(cohorts).singleElement().extracting(Cohort::dose).isEqualTo(new Quantity(value, unit));
    }

    /** The intervention's own (first-named) drug's dose, written right after it, is read; the rest stays text. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Spike Protein plus BCG Mix     | Spike Protein 0.04 mg, 1.0 mL plus BCG Organism 50 mg Mix     | Spike Protein | 0.04 | mg",
            "Ruxolitinib                    | Ruxolitinib starting dose level 5 mg orally twice daily. The dose may be escalated to 10 mg BID. | Ruxolitinib | 5 | mg",
            "ABC-123 with adjuvant          | ABC-123 (30 ug) mixed with 500 ug alum adjuvant                | ABC-123 | 30 | ug",
    })
    void readsTheNamedDrugsOwnDoseAndKeepsTheOthersAsText(String name, String description, String drug, double value, String unit) {
        Cohort c = reader.read(withIntervention(name, description)).get(0);
        assertThat(c.dose()).isEqualTo(new Quantity(value, unit));
        assertThat(c.intervention()).isEqualTo(drug);
        assertThat(c.doseText()).contains("other doses in the text not read");
    }

    @Test
    void readsNoDoseWhenTheNamedDrugIsNotTheOneDosedFirst() {
        assertThat(reader.read(withIntervention("Paclitaxel + Carboplatin/cisplatin",
                "Cisplatin 75 mg/m2 IV on Day 1.\n\nPaclitaxel injection:\n\n175 mg/m2 IV on Day 1."))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "120 mg tablets will be dispensed to facilitate dose titrations.",
            "Supplied as 25 mg and 100 mg capsules.",
    })
    void readsNoDoseFromProductStrengthsAlone(String description) {
        assertThat(reader.read(withIntervention("Drug X", description))).isEmpty();
    }

    private static Trial withDescription(String description) {
        return Trial.builder().id("t").briefTitle("t").phases(List.of(Phase.PHASE2)).detailedDescription(description)
                .addArm(new Arm("Poziotinib", ArmType.EXPERIMENTAL, "Patients with exon 20 insertions", List.of("Drug: Poziotinib")))
                .addIntervention(new Intervention(InterventionType.DRUG, "Poziotinib", "Formulated as a tablet for oral use.", List.of()))
                .build();
    }

    /** The only dose is in the description, written right after the one drug's name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Each cycle is 28 days. Poziotinib (16 mg) will be taken orally, once daily (QD) with food. | 16",
            "Patients will receive poziotinib 8 mg twice daily until progression.                        | 8",
            "Poziotinib at a dose of 12 mg will be given once daily. Poziotinib 12 mg is taken with water. | 12",
    })
    void readsTheDoseTheDescriptionGivesTheOneDrug(String description, double mg) {
        assertThat(reader.read(withDescription(description))).singleElement()
                .satisfies(c -> {
                    assertThat(c.dose()).isEqualTo(new Quantity(mg, "mg"));
                    assertThat(c.intervention()).isEqualTo("Poziotinib");
                });
    }

    /** Doses of something else, doses not tied to the drug, or two different doses: nothing is read. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Patients receive 30 Gy of whole brain radiotherapy with poziotinib.",
            "Poziotinib is given after premedication with dexamethasone 8 mg.",
            "Poziotinib 16 mg once daily; patients with toxicity continue on poziotinib 8 mg once daily.",
            "Poziotinib will be taken daily. The starting dose is 16 mg.",
    })
    void readsNothingFromADescriptionThatDoesNotTieOneDoseToTheDrug(String description) {
        assertThat(reader.read(withDescription(description))).isEmpty();
    }

    @Test
    void readsNoDoseFromAnArmGivingTwoDrugsDosesAsNameDoseFields() {
        // NCT05651269: the arm's one intervention name is "Milciclib Dose: 150 mg/day …", its text also doses gemcitabine
        String name = "Milciclib Dose: 150 mg/day Mode of administration: oral";
        Trial trial = Trial.builder().id("t").briefTitle("t").phases(List.of(Phase.PHASE2))
                .addArm(new Arm("Milciclib plus gemcitabine", ArmType.EXPERIMENTAL,
                        "Name: milciclib Dose: 150 mg/day Mode of administration: oral\n\nCombination product:\n\n"
                                + "Name: gemcitabine Dose: 1000 mg/m2 Mode of administration: intravenous", List.of(name)))
                .addIntervention(new Intervention(InterventionType.DRUG, name, "milciclib plus gemcitabine", List.of())).build();
        assertThat(reader.read(trial)).isEmpty();
    }

    @Test
    void addsUpADailyDoseOverItsDaysOnly() {
        // 5 mg/day for 14 days is 70 mg in all, never "70 mg/day"; with the days not stated, nothing is added up
        Cohort daily = reader.read(withIntervention("Letrozole", "In Phase II, letrozole, 5 mg/day, will be given for 14 days")).get(0);
        assertThat(daily.dose()).isEqualTo(new Quantity(5, "mg/day"));
        assertThat(daily.cumulativeDose()).isEqualTo(new Quantity(70, "mg"));
        Cohort open = reader.read(withIntervention("Apatinib", "Apatinib 500 mg/d, orally, 3 times during radiotherapy")).get(0);
        assertThat(open.cumulativeDose()).isNull();
    }

    @Test
    void countsNoDrugAdministrationsFromRadiotherapyFractions() {
        Cohort apatinib = reader.read(withIntervention("Apatinib", "Apatinib (500 mg/d) was given orally during whole brain"
                + " irradiation of 37.5Gy/15 fractions")).get(0);
        assertThat(apatinib.administrations()).isNull();
    }
}
