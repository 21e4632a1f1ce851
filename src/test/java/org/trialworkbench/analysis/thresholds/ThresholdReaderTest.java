package org.trialworkbench.analysis.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Threshold;

class ThresholdReaderTest {
    private static final ThresholdReader READER = new ThresholdReader();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Hb above 10 g/dL                      | GT
        Hb over 10 g/dL                       | GT
        Hb more than 10 g/dL                  | GT
        Hb greater than 10 g/dL               | GT
        Hb exceeding 10 g/dL                  | GT
        Hb > 10 g/dL                          | GT
        Hb ＞10 g/dL                           | GT
        Hb \\> 10 g/dL                         | GT
        Hb below 10 g/dL                      | LT
        Hb under 10 g/dL                      | LT
        Hb less than 10 g/dL                  | LT
        Hb < 10 g/dL                          | LT
        Hb is 10 g/dL or more                 | GE
        Hb of at least 10 g/dL                | GE
        Hb ≥ 10 g/dL                          | GE
        Hb >= 10 g/dL                         | GE
        Hb => 10 g/dL                         | GE
        Hb \\>= 10 g/dL                        | GE
        Hb ≧ 10 g/dL                          | GE
        Hb not less than 10 g/dL              | GE
        Hb greater than or equal to 10 g/dL   | GE
        Hb is 10 g/dL or less                 | LE
        Hb at most 10 g/dL                    | LE
        Hb not exceeding 10 g/dL              | LE
        Hb up to 10 g/dL                      | LE
        Hb no more than 10 g/dL               | LE
        Hb not more than 10 g/dL              | LE
        Hb ≤ 10 g/dL                          | LE
        Hb <= 10 g/dL                         | LE
        Hb =< 10 g/dL                         | LE
        Hb =\\< 10 g/dL                        | LE
        Hb less than or equal to 10 g/dL      | LE
        Hb between 10 and 12 g/dL             | BETWEEN
        Hb 10 to 12 g/dL                      | BETWEEN
        """)
    void keepsTheExactMeaningOfEachComparator(String phrase, Comparator expected) {
        List<Threshold> read = READER.read(phrase);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).comparator()).isEqualTo(expected);
        assertThat(read.get(0).parameter()).isEqualTo("Hb");
        assertThat(read.get(0).value()).isEqualTo(10.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "within 4 years after onset",
        "Class III or IV Lupus Nephritis",
        "Cyclophosphamide is used more than 10 g in total.",
        "at least 2 prior lines of therapy",
        "more than 3 weeks since surgery",
        "History of malignancy within previous 5 years.",
        "a negative pregnancy test done =< 7 days prior to registration",
        "",
    })
    void readsNoThresholdWithoutANamedParameter(String text) {
        assertThat(READER.read(text)).isEmpty();
    }

    /** Near misses: each names a parameter and a comparator, but the number is not that parameter's limit. */
    @ParameterizedTest
    @ValueSource(strings = {
        "fever for more than 3 days",
        "NT-proBNP =1800 pg/mL",
        "arrhythmia of grade I or above (including QT interval ≥ 440ms)",
        "Hb 9 or 10 g/dL",
        "ECOG 0, 1 or 3",
        "histologic grade 1, 2 or 3",
        "family history of sudden death under the age of 40",
        "summed short-axis diameter of lesions with ≥ 5 mm absolute increase",
        "HBV DNA more than 1 x 103 copy /ml",
        "respiratory rate >20-24 breaths/minute",
        "MMSE 14-0",
    })
    void readsNothingThatIsNotTheParametersOwnLimit(String text) {
        assertThat(READER.read(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        ≤ Grade 1                        | CTCAE grade             | LE      | 1
        Grade 2 or higher                | CTCAE grade             | GE      | 2
        over age 18                      | age                     | GT      | 18
        above the age of 18 years        | age                     | GT      | 18
        older than 65                    | age                     | GT      | 65
        ECOG 0 or 1                      | ECOG                    | BETWEEN | 0
        ECOG PS of 0, 1                  | ECOG                    | BETWEEN | 0
        ≥ 160 mmHg (systolic)            | systolic blood pressure | GE      | 160
        expected survival of ≥ 12 weeks  | life expectancy         | GE      | 12
        """)
    void readsTheComparatorWhereverTheNameStands(String phrase, String parameter, Comparator comparator, double value) {
        List<Threshold> read = READER.read(phrase);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).parameter()).isEqualTo(parameter);
        assertThat(read.get(0).comparator()).isEqualTo(comparator);
        assertThat(read.get(0).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        total bilirubin < 34.2 µmol/L        | bilirubin         | 2.0   | mg/dL
        total bilirubin < 2 mg/dL            | bilirubin         | 2.0   | mg/dL
        serum creatinine ≤ 176.8 µmol/L      | serum creatinine  | 2.0   | mg/dL
        haemoglobin ≥ 100 g/L                | Hb                | 10.0  | g/dL
        albumin ≥ 3.0 g/dL                   | albumin           | 3.0   | g/dL
        platelets ≥ 100 x 10^3/µL            | platelets         | 100.0 | 10*9/L
        platelets ≥ 100,000/µL               | platelets         | 100.0 | 10*9/L
        ANC ≥ 1.5 x 10^9/L                   | ANC               | 1.5   | 10*9/L
        WBC ≥ 3000/mm3                       | WBC               | 3.0   | 10*9/L
        AST ≤ 2.5 x ULN                      | AST               | 2.5   | ULN
        FEV1 < 1.5 L                         | FEV1              | 1.5   | L
        FVC of at least 1500 mL              | FVC               | 1.5   | L
        FEV1 ≥ 50% predicted                 | FEV1              | 50.0  | %
        """)
    void convertsToTheCanonicalUnit(String phrase, String parameter, double value, String unit) {
        Threshold t = READER.read(phrase).get(0);
        assertThat(t.parameter()).isEqualTo(parameter);
        assertThat(t.normalized().value()).isCloseTo(value, org.assertj.core.api.Assertions.within(0.001));
        assertThat(t.normalized().unit()).isEqualTo(unit);
    }

    @Test
    void flagsACreatinineInMillimolesAndOffersMicromoles() {
        Threshold t = READER.read("serum creatinine above 120 mmol/L").get(0);
        assertThat(t.normalized()).isNull();
        assertThat(t.flags()).containsExactly(ThresholdFlags.UNIT_IMPLAUSIBLE, "LIKELY_UNIT:umol/L");
    }

    @Test
    void flagsAnImplausibleValueInAPlausibleUnit() {
        Threshold t = READER.read("Hemoglobin < 100 g/dL").get(0);
        assertThat(t.normalized()).isNull();
        assertThat(t.flags()).containsExactly(ThresholdFlags.VALUE_IMPLAUSIBLE, "LIKELY_UNIT:g/L");
    }

    @Test
    void flagsAMissingUnitWithoutNormalizing() {
        Threshold t = READER.read("creatinine clearance > 60").get(0);
        assertThat(t.normalized()).isNull();
        assertThat(t.flags()).contains(ThresholdFlags.UNIT_MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1 1 1 1 ", "<<<<<<<<<< ", "Hb Hb Hb Hb ", "between between 1 and ", "1,000,000,000 ",
        "x 10^9/L x 10^9/L ", "%%%%%%%% ", "- - - - ", "\\> \\> \\> 5 "})
    void readsHostileRepetitionsInMilliseconds(String unit) {
        String text = unit.repeat(5000 / unit.length());
        READER.read(text); // warm up
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        READER.read(text);
        assertThat((mx.getCurrentThreadCpuTime() - cpu) / 1e6).as("CPU ms for 5 KB of " + unit).isLessThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Postmenopausal is defined as age over 55 years with no menses for 12 months",
        "Post-menopausal defined as aged more than 50 years and amenorrheic for at least 12 months",
        "Women younger than 50 years will be considered postmenopausal if amenorrheic for 12 months",
        "Women aged < 45 years are considered of childbearing potential unless surgically sterile",
        "Menopause is regarded as established in women aged over 55 years with no menses for a year",
    })
    void aLimitInsideADefinitionIsReadAndFlaggedAsSuch(String sentence) {
        List<Threshold> read = READER.read(sentence);
        assertThat(read).isNotEmpty().allSatisfy(t -> assertThat(t.flags()).contains(ThresholdFlags.DEFINITION));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Age ≥ 18 years. Postmenopausal women are defined as no menses for 12 months",
        "Postmenopausal women aged 18 to 75 years",
        "Patients are considered eligible if ANC ≥ 1.5 x 10^9/L",
        "Uncontrolled hypertension, defined by systolic blood pressure > 140 mmHg on two readings",
        "Age between 18 and 75 years; women of childbearing potential must use contraception",
    })
    void aLimitOutsideADefinitionSentenceIsNotFlagged(String sentence) {
        Threshold first = READER.read(sentence).get(0);
        assertThat(first.flags()).doesNotContain(ThresholdFlags.DEFINITION);
    }
}
