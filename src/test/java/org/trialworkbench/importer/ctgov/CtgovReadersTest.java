package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;

/** The shared small readers: dates, ages, vocabulary, intervention-name prefixes, textblocks. */
class CtgovReadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "August 2009        | 2009-08",
        "August 20, 2009    | 2009-08-20",
        "Aug 20, 2009       | 2009-08-20",
        "2009-08            | 2009-08",
        "2009-08-20         | 2009-08-20",
        "2009               | 2009",
        "February 30, 2009  | null",
        "2009-13            | null",
        "Augustus 2009      | null",
        "soon               | null",
        "20 August 2009     | null"})
    void readsDatesWithTheirStatedPrecision(String text, String iso) {
        MappingLog log = new MappingLog("t");
        assertThat(CtgovDates.toIso(text, "start date", log)).isEqualTo(iso);
        assertThat(log.warnings()).hasSize(iso == null ? 1 : 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "18 Years   | 18   | YEARS",
        "1 Year     | 1    | YEARS",
        "6 Months   | 6    | MONTHS",
        "28 Days    | 28   | DAYS",
        "2 Weeks    | 2    | WEEKS",
        "12 Hours   | 12   | HOURS",
        "N/A        | null | null",
        "           | null | null"})
    void readsAgeLimitsAsInclusive(String text, Double value, AgeUnit unit) {
        MappingLog log = new MappingLog("t");
        Age age = CtgovAges.read(text, "minimum age", log);
        assertThat(age).isEqualTo(value == null ? null : new Age(value, unit, true));
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void reportsAnAgeItCannotRead() {
        MappingLog log = new MappingLog("t");
        assertThat(CtgovAges.read("eighteen", "minimum age", log)).isNull();
        assertThat(log.warnings()).singleElement().extracting(w -> w.message())
                .isEqualTo("minimum age 'eighteen' is not an age this importer reads; left empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "status           | Unknown status                          | UNKNOWN",
        "status           | Active, not recruiting                  | ACTIVE_NOT_RECRUITING",
        "status           | ACTIVE_NOT_RECRUITING                   | ACTIVE_NOT_RECRUITING",
        "status           | Not yet recruiting                      | NOT_YET_RECRUITING",
        "status           | Enrolling by invitation                 | ENROLLING_BY_INVITATION",
        "status           | Withheld                                | WITHHELD",
        "studyType        | Observational [Patient Registry]        | OBSERVATIONAL",
        "studyType        | Expanded Access                         | EXPANDED_ACCESS",
        "phase            | Phase 1                                 | PHASE1",
        "phase            | Early Phase 1                           | EARLY_PHASE1",
        "phase            | Not Applicable                          | NA",
        "phase            | N/A                                     | NA",
        "phase            | PHASE2                                  | PHASE2",
        "allocation       | Non-Randomized                          | NON_RANDOMIZED",
        "allocation       | N/A                                     | NA",
        "model            | Single Group Assignment                 | SINGLE_GROUP",
        "model            | Crossover Assignment                    | CROSSOVER",
        "masking          | None (Open Label)                       | NONE",
        "masking          | Double (Participant, Investigator)      | DOUBLE",
        "masking          | Double Blind (Subject, Investigator)    | DOUBLE",
        "masking          | QUADRUPLE                               | QUADRUPLE",
        "purpose          | Supportive Care                         | SUPPORTIVE_CARE",
        "purpose          | Educational/Counseling/Training         | ECT",
        "purpose          | Health Services Research                | HEALTH_SERVICES_RESEARCH",
        "enrollment       | Anticipated                             | ESTIMATED",
        "enrollment       | ESTIMATED                               | ESTIMATED",
        "sex              | Both                                    | ALL",
        "sex              | Female                                  | FEMALE",
        "arm              | Placebo Comparator                      | PLACEBO_COMPARATOR",
        "arm              | No Intervention                         | NO_INTERVENTION",
        "intervention     | Dietary Supplement                      | DIETARY_SUPPLEMENT",
        "intervention     | Diagnostic Test                         | DIAGNOSTIC_TEST",
        "intervention     | Combination Product                     | COMBINATION_PRODUCT"})
    void mapsEveryGenerationsWordingToTheModelEnums(String kind, String text, String expected) {
        MappingLog log = new MappingLog("t");
        Enum<?> value = switch (kind) {
            case "status" -> CtgovVocabulary.status(text, log);
            case "studyType" -> CtgovVocabulary.studyType(text, log);
            case "phase" -> CtgovVocabulary.phase(text, log);
            case "allocation" -> CtgovVocabulary.allocation(text, log);
            case "model" -> CtgovVocabulary.interventionModel(text, log);
            case "masking" -> CtgovVocabulary.masking(text, log);
            case "purpose" -> CtgovVocabulary.primaryPurpose(text, log);
            case "enrollment" -> CtgovVocabulary.enrollmentType(text, log);
            case "sex" -> CtgovVocabulary.sex(text, log);
            case "arm" -> CtgovVocabulary.armType(text, log);
            default -> CtgovVocabulary.interventionType(text, log);
        };
        assertThat(value).isNotNull();
        assertThat(value.name()).isEqualTo(expected);
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void reportsAnUnknownValueInsteadOfGuessing() {
        MappingLog log = new MappingLog("studies[2]");
        assertThat(CtgovVocabulary.phase("Phase 5", log)).isNull();
        assertThat(CtgovVocabulary.status("Paused", log)).isNull();
        assertThat(log.warnings()).extracting(w -> w.location() + ": " + w.message()).containsExactly(
                "studies[2]: phase 'Phase 5' was not recognized; left empty",
                "studies[2]: overall status 'Paused' was not recognized; left empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Drug: Abexinostat                        | Abexinostat",
        "Dietary Supplement: Vitamin D            | Vitamin D",
        "Biological: COVID-19 Vaccine (Vero Cell) | COVID-19 Vaccine (Vero Cell)",
        "cohort A: dose level 1 of SSGJ-707       | cohort A: dose level 1 of SSGJ-707",
        "Abexinostat                              | Abexinostat"})
    void stripsOnlyAnInterventionTypePrefix(String name, String expected) {
        assertThat(CtgovText.withoutTypePrefix(name)).isEqualTo(expected);
    }

    @Test
    void dedentsATextblockKeepingParagraphsAndNestedIndentation() {
        String block = "\n      Inclusion Criteria:\n\n        -  Age 18\n           continued\n\n      Exclusion:\n    ";
        assertThat(CtgovText.dedent(block))
                .isEqualTo("Inclusion Criteria:\n\n  -  Age 18\n     continued\n\nExclusion:");
    }
}
