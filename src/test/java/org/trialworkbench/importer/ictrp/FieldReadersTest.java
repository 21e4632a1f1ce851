package org.trialworkbench.importer.ictrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Phase;

/** The field readers on phrases as they occur in the ICTRP export and other registries. */
class FieldReadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Phase 3|PHASE3",
        "3|PHASE3",
        "Phase III|PHASE3",
        "Phase 2/Phase 3|PHASE2 PHASE3",
        "Phase1/Phase2|PHASE1 PHASE2",
        "Early Phase 1|EARLY_PHASE1",
        "0|EARLY_PHASE1",
        "N/A|NA",
        "Not Applicable|NA",
        "Phase 4|PHASE4",
        "'Human pharmacology (Phase I): no\nTherapeutic exploratory (Phase II): yes\nTherapeutic confirmatory - (Phase III): yes\nTherapeutic use (Phase IV): no'|PHASE2 PHASE3",
        "Human pharmacology (Phase I): yes Therapeutic exploratory (Phase II): no Therapeutic confirmatory - (Phase III): no Therapeutic use (Phase IV): no|PHASE1",
    })
    void readsPhases(String text, String expected) {
        List<Phase> phases = Arrays.stream(expected.split(" ")).map(Phase::valueOf).toList();
        assertThat(PhaseReader.read(text)).contains(phases);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Not selected", "Pilot study", "Phase 5"})
    void leavesUnknownPhasesUnread(String text) {
        assertThat(PhaseReader.read(text)).isEmpty();
    }

    @Test
    void readsNoPhaseFromEuFlagsAllNo() {
        assertThat(PhaseReader.read("Human pharmacology (Phase I): no Therapeutic exploratory (Phase II): no")).contains(List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "18 Years|18|YEARS|true",
        "18Y|18|YEARS|true",
        "18|18|YEARS|true",
        "60(Year)|60|YEARS|true",
        "16years-old|16|YEARS|true",
        ">= 20age old|20|YEARS|true",
        "<= 85age old|85|YEARS|true",
        "2 Months|2|MONTHS|true",
        "> 28 days|28|DAYS|false",
        "< 65 years|65|YEARS|false",
    })
    void readsAgeLimits(String text, double value, AgeUnit unit, boolean inclusive) {
        assertThat(AgeReader.read(text)).contains(new AgeReader.Limit(new Age(value, unit, inclusive)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"N/A", "None", "no limit", "Not applicable", "''"})
    void readsNoLimit(String text) {
        assertThat(AgeReader.read(text)).contains(new AgeReader.Limit(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"65+", "adults", "18 to 65 years"})
    void leavesOtherAgeShapesUnread(String text) {
        assertThat(AgeReader.read(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20/05/2021|2021-05-20",
        "2021-05-20|2021-05-20",
        "2016/12/06|2016-12-06",
        "20240408|2024-04-08",
        "April 25, 2024|2024-04-25",
        "20 May 2024|2024-05-20",
        "May 2021|2021-05",
        "September 2021|2021-09",
        "2021|2021",
        "06/09/2024 16:01:13|2024-09-06",
    })
    void readsDates(String text, String iso) {
        assertThat(PartialDates.toIso(text)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31/02/2021", "soon", "13/13/2020", "''"})
    void refusesImpossibleOrUnknownDates(String text) {
        assertThat(PartialDates.toIso(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Allocation: Randomized. Intervention model: Parallel Assignment. Primary purpose: Treatment. Masking: Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor).|RANDOMIZED|PARALLEL|QUADRUPLE|TREATMENT",
        "Allocation: N/A. Intervention model: Single Group Assignment. Primary purpose: Diagnostic. Masking: None (Open Label).|NA|SINGLE_GROUP|NONE|DIAGNOSTIC",
        "Allocation: Non-Randomized. Intervention model: Sequential Assignment. Primary purpose: Treatment. Masking: None (Open Label).|NON_RANDOMIZED|SEQUENTIAL|NONE|TREATMENT",
        "randomized controlled trial, open(masking not used), historical control, parallel assignment, treatment purpose|RANDOMIZED|PARALLEL|NONE|TREATMENT",
        "Controlled: yes Randomised: yes Open: no Single blind: no Double blind: yes Parallel group: yes Cross over: no Other: no|RANDOMIZED|PARALLEL|DOUBLE|",
        "Controlled: yes Randomised: yes Open: yes Single blind: no Double blind: no Parallel group: no Cross over: yes Other: no|RANDOMIZED|CROSSOVER|NONE|",
        "Allocation: ; Masking: ; Control: ; Assignment: ; Study design purpose: screening||||SCREENING",
        "Multicenter, open-label study|||NONE|",
        "Single arm Non-randomized|NON_RANDOMIZED|SINGLE_GROUP||",
        // EU labels with blank answers are no wording; an all-'no' list (open and blinded both 'no') says nothing
        "'Controlled: no\nRandomised: \nOpen: \nSingle blind: \nDouble blind: \nParallel group: \nCross over: '||||",
        "Controlled: no Randomised: no Open: no Single blind: no Double blind: no Parallel group: no Cross over: no||||",
        "Controlled: no Randomised: no Open: yes Single blind: no Double blind: no|NON_RANDOMIZED||NONE|",
    })
    void readsDesignWhereClearlyStated(String text, String allocation, String model, String masking, String purpose) {
        Design d = DesignReader.read(text);
        assertThat(d.allocation() == null ? null : d.allocation().name()).isEqualTo(allocation);
        assertThat(d.interventionModel() == null ? null : d.interventionModel().name()).isEqualTo(model);
        assertThat(d.masking() == null ? null : d.masking().name()).isEqualTo(masking);
        assertThat(d.primaryPurpose() == null ? null : d.primaryPurpose().name()).isEqualTo(purpose);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'&lt;br&gt;        Inclusion Criteria:&#13;&lt;br&gt;'|Inclusion Criteria:",
        "'a\r<br>b\r<br>\r<br>c'|'a\nb\n\nc'",
        "'x<BR/>y<br />z'|'x\ny\nz'",
        "'Crohn&#39;s &amp; colitis&nbsp;&nbsp;trial'|Crohn's & colitis trial",
        "'<p>Week 35:<br /><br>change</p><br>'|'Week 35:\n\nchange'",
        "'eGFR &lt;45 and &#x3E;30'|eGFR <45 and >30",
        "'   <br>  '|",
    })
    void cleansBreakRemnantsAndEntities(String raw, String cleaned) {
        // the first row is as the XML parser hands it on: escaped breaks already unescaped once
        String input = raw.replace("&#13;", "\r").replace("&lt;br&gt;", "<br>");
        assertThat(RegistryText.clean(input)).isEqualTo(cleaned);
    }

    @Test
    void cleansDoubleEscapedBreaks() {
        assertThat(RegistryText.clean("one&lt;br&gt;two")).isEqualTo("one\ntwo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Portugal;United States;Korea, Republic of;Iran, Islamic Republic of|Portugal/United States/Korea, Republic of/Iran, Islamic Republic of",
        "Austria, Germany|Austria/Germany",
        "Japan;Japan|Japan",
    })
    void splitsCountries(String text, String expected) {
        assertThat(ListFields.countries(text)).containsExactly(expected.split("/"));
    }

    @Test
    void splitsInterventionsByTypePrefixAndKeepsContinuationLines() {
        assertThat(InterventionReader.read("Drug: Patisiran;Other: Placebo")).containsExactly(
                new Intervention(InterventionType.DRUG, "Patisiran", null, List.of()),
                new Intervention(InterventionType.OTHER, "Placebo", null, List.of()));
        assertThat(InterventionReader.read("Experimental: A\nA by injection\nActive Comparator: B\nB orally")).containsExactly(
                new Intervention(null, "Experimental: A", "A by injection", List.of()),
                new Intervention(null, "Active Comparator: B", "B orally", List.of()));
    }

    @Test
    void splitsEuProductListsIntoProductsNamedByProductName() {
        String eu = "Trade Name: Onpattro\nProduct Name: patisiran-LNP\nINN or Proposed INN: PATISIRAN\n"
                + "Product Name: Placebo-X\nPharmaceutical Form: Solution";
        assertThat(InterventionReader.read(eu)).extracting(Intervention::name, Intervention::otherNames).containsExactly(
                org.assertj.core.groups.Tuple.tuple("patisiran-LNP", List.of("Onpattro", "PATISIRAN")),
                org.assertj.core.groups.Tuple.tuple("Placebo-X", List.of()));
    }

    @Test
    void readsEuEndpointsWithTheirTimepoints() {
        String text = "Main Objective: M;Secondary Objective: S;Primary end point(s): A;Timepoint(s) of evaluation of this end point: week 12;"
                + "Primary end point(s): B;Timepoint(s) of evaluation of this end point: week 24";
        EuEndpoints.Result r = EuEndpoints.read(text);
        assertThat(r.endpoints()).containsExactly(new OutcomeReader.Item("A", null, "week 12"), new OutcomeReader.Item("B", null, "week 24"));
        assertThat(r.objectives()).containsExactly("Main Objective: M", "Secondary Objective: S");
    }

    @Test
    void splitsSemicolonListsOnlyOutsideBrackets() {
        assertThat(OutcomeReader.read("Pain (VAS; 0-10) [Time Frame: 12 weeks];Fatigue")).containsExactly(
                new OutcomeReader.Item("Pain (VAS; 0-10)", null, "12 weeks"), new OutcomeReader.Item("Fatigue", null, null));
    }

    @Test
    void readsBareNumberedListsOnlyWhenTheNumbersRun() {
        assertThat(OutcomeReader.read("Changes in the following items:\n1 Bristol Stool Form Scale\n2 primary symptoms"))
                .containsExactly(new OutcomeReader.Item("Bristol Stool Form Scale", "Changes in the following items:", null),
                        new OutcomeReader.Item("primary symptoms", "Changes in the following items:", null));
        assertThat(OutcomeReader.read("Safety and tolerability\n5 years")).extracting(OutcomeReader.Item::measure)
                .containsExactly("Safety and tolerability", "5 years");
    }
}
