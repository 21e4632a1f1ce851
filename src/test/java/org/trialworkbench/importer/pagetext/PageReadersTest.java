package org.trialworkbench.importer.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.OverallStatus;

/** The shared readers on real phrases of registry pages (and near misses that must not match). */
class PageReadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "August 20, 2009; 2009-08-20",
            "December 2010 (Final data collection date for primary outcome measure); 2010-12",
            "Jan. 09, 2020; 2020-01-09",
            "Sept. 02, 2022; 2022-09-02",
            "April. 27, 2023; 2023-04-27",
            "2012-02-29; 2012-02-29",
            "2024-08; 2024-08",
            "2017/08/01; 2017-08-01",
            "5 March 2021; 2021-03-05",
            "2013-02-29; null",
            "Mayday 2020; null",
            "Not Provided; null"})
    void readsPageDatesAtTheirPrecision(String text, String iso) {
        assertThat(PageDates.readStart(text)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Unknown status; UNKNOWN", "UNKNOWN; UNKNOWN", "Recruiting; RECRUITING",
            "Not Recruiting; ACTIVE_NOT_RECRUITING", "Active, not recruiting; ACTIVE_NOT_RECRUITING",
            "ACTIVE_NOT_RECRUITING; ACTIVE_NOT_RECRUITING", "Not yet recruiting; NOT_YET_RECRUITING",
            "Complete; COMPLETED", "Terminated; TERMINATED", "Recruiting soon maybe; null"})
    void mapsStatusWording(String text, OverallStatus status) {
        assertThat(Vocabulary.get().status(text)).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Phase 1 Phase 2; PHASE1 PHASE2", "PHASE2; PHASE2", "Phase 1/Phase 2; PHASE1 PHASE2",
            "Phase I/II; PHASE1 PHASE2", "Phase IIIa Clinical Trial; PHASE3", "Early Phase 1; EARLY_PHASE1",
            "N/A; NA", "a phase 2 study; PHASE2", "screening phase of this study; ''", "multiphase 3 trial; ''"})
    void readsPhases(String text, String phases) {
        assertThat(PhaseReader.read(text)).extracting(Enum::name)
                .containsExactlyElementsOf(phases.isEmpty() ? List.of() : Arrays.asList(phases.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Allocation: Non-Randomized Intervention Model: Single Group Assignment Masking: None (Open Label) Primary Purpose: Treatment; NON_RANDOMIZED; SINGLE_GROUP; NONE; TREATMENT",
            "Allocation: Randomized Intervention Model: Parallel Assignment Masking: Double (Participant, Investigator) Primary Purpose: Prevention; RANDOMIZED; PARALLEL; DOUBLE; PREVENTION",
            "single arm study; NA; null; null; null",
            "open(masking not used); null; null; NONE; null",
            "single assignment; null; SINGLE_GROUP; null; null",
            "treatment purpose; null; null; null; TREATMENT",
            "SINGLE_GROUP; null; SINGLE_GROUP; null; null",
            "DOUBLE; null; null; DOUBLE; null",
            "historical control; null; null; null; null"})
    void readsDesignWording(String text, String allocation, String model, String masking, String purpose) {
        Design d = DesignReader.read(text, Design.EMPTY);
        assertThat(d.allocation() == null ? null : d.allocation().name()).isEqualTo(allocation);
        assertThat(d.interventionModel() == null ? null : d.interventionModel().name()).isEqualTo(model);
        assertThat(d.masking() == null ? null : d.masking().name()).isEqualTo(masking);
        assertThat(d.primaryPurpose() == null ? null : d.primaryPurpose().name()).isEqualTo(purpose);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "15 Years to 65 Years (Child, Adult, Older Adult); 15.0 YEARS true; 65.0 YEARS true",
            "16age old over\\n65age old not; 16.0 YEARS true; 65.0 YEARS false",
            "18 Years and older; 18.0 YEARS true; null",
            "up to 6 Months; null; 6.0 MONTHS true",
            "20age old over; 20.0 YEARS true; null",
            "No limit; null; null"})
    void readsAgeLimits(String text, String min, String max) {
        AgeReader.Limits limits = AgeReader.range(text.replace("\\n", "\n"));
        assertThat(limits.minimum() == null ? null
                : limits.minimum().value() + " " + limits.minimum().unit() + " " + limits.minimum().inclusive()).isEqualTo(min);
        assertThat(limits.maximum() == null ? null
                : limits.maximum().value() + " " + limits.maximum().unit() + " " + limits.maximum().inclusive()).isEqualTo(max);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "The mean change in modified Rodnan skin score at 12 months after transplantation; 12 months after transplantation",
            "The proportion of 25% improvement in skin score at 12 months.; 12 months",
            "Change in FEV1 from baseline to week 24; baseline to week 24",
            "Number of relapses every 3 months; every 3 months",
            "HRQOL score monthly; monthly",
            "Event-free survival.; null",
            "Incidence of adverse events; null",
            "Score of 12 monthsfoo; null"})
    void readsTheTimeFrameThatEndsAMeasure(String measure, String timeFrame) {
        assertThat(TimeFrames.tail(measure)).isEqualTo(timeFrame);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Blood pressure at week 4 Heart rate weekly; Blood pressure=at week 4|Heart rate=weekly",
            "Relapse rate every 6 months Serum IgG at 2 years; Relapse rate=every 6 months|Serum IgG=at 2 years",
            "24h proteinuria every month; 24h proteinuria=every month",
            "Score at 3 months in adults Death; Score at 3 months in adults Death=null"})
    void splitsRunOnOutcomeRowsWhereATimeFrameIsFollowedByANewMeasure(String row, String expected) {
        String actual = String.join("|", TimeFrames.splitRunOn(row).stream()
                .map(i -> i.measure() + "=" + i.timeFrame()).toList());
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Systemic SclerosisMesenchymal Stem Cells; Systemic Sclerosis|Mesenchymal Stem Cells",
            "Lupus NephritisSystemic Lupus ErythematosusKidney Diseases; Lupus Nephritis|Systemic Lupus Erythematosus|Kidney Diseases",
            "McDonald Criteria; McDonald Criteria",
            "MacDonald syndrome; MacDonald syndrome",
            "IgG4-related Disease; IgG4-related Disease",
            "eGFR decline; eGFR decline"})
    void splitsGluedListItemsOnly(String text, String expected) {
        assertThat(String.join("|", GluedWords.split(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Event-free survival. Overall survival Incidence of adverse events.; Event-free survival|Overall survival|Incidence of adverse events",
            "The mean change in modified Rodnan skin score at 12 months; The mean change in modified Rodnan skin score at 12 months",
            "Median Overall Survival; Median Overall Survival",
            "Serum IgG levels. Time to relapse; Serum IgG levels|Time to relapse"})
    void splitsOutcomeParagraphsIntoMeasures(String text, String expected) {
        assertThat(String.join("|", OutcomeSentences.split(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Kunming, Yunan, China; China", "3-1-1 Maidashi, Higashi-ku, Fukuoka 812-8582, Japan; Japan",
            "Boston, Massachusetts, United States; United States", "Seoul, Korea, Republic of; South Korea",
            "the Affiliated Drum Tower Hospital of Nanjing University Medical School; null"})
    void readsTheCountryThatEndsALocation(String line, String country) {
        assertThat(Countries.ofLocation(line)).isEqualTo(country);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "A trial of X (A trial of X); A trial of X",
            "A trial of X (Another title); A trial of X (Another title)",
            "Short (S); Short (S)"})
    void dropsATitleRepeatedInParentheses(String title, String expected) {
        assertThat(JrctPage.dropRepeatedTitle(title)).isEqualTo(expected);
    }
}
