package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrationReaderTest {
    private final AdministrationReader reader = new AdministrationReader();

    /** Expected interval as "value UNIT" or empty; count empty when not stated. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "AD-MSC 1x10E6 cellskg infusion therapy only once           | 1  |",
            "AD-MSC 1x10E6 cellskg infusion therapy twice                | 2  |",
            "AD-MSC 1x10E6 cellskg infusion therapy three times          | 3  |",
            "infused intravenously (single dose, 10^6 cells/kg)          | 1  |",
            "MSC 1x10^6 cells/kg x3                                      | 3  |",
            "3 infusions of 1x10^6 cells/kg                              | 3  |",
            "two administrations of the low dose vaccine                 | 2  |",
            "cyclophosphamide (50 mg/kg) for 4 days                      | 4  | 1.0 DAY",
            "cyclophosphamide 50 mg/kg × 4 days                          | 4  | 1.0 DAY",
            "fludarabine 30 mg/m2 daily for 5 days                       | 5  | 1.0 DAY",
            "PEA 600 mg twice a day will be administered for 21 days     | 42 | 12.0 HOUR",
            "docetaxel 75 mg/m2 every 3 weeks for 4 cycles               | 4  | 3.0 WEEK",
            "Treatment repeats every 28 days for 4 cycles                | 4  | 28.0 DAY",
            "vaccine by intramuscular (i.m.) injection on day 0 and 28   | 2  | 28.0 DAY",
            "at 5 × 10e10 VP per dose on Days 1 and 22                   | 2  | 21.0 DAY",
            "74 Gy given in 37 fractions                                 | 37 |",
            "Take TQH3821 tablets 11 times                               | 11 |",
            "2 doses of vaccine according to the schedule of 0, 21-28 days | 2 |",
            "Subjects receive AK104 10mg/kg every 2-week cycle(Q2W)       |    | 2.0 WEEK",
            "AK104 15mg/kg Q3W                                           |    | 3.0 WEEK",
            "tucatinib 300 mg by mouth twice daily during 21-day cycles  |    | 12.0 HOUR",
            "Oral administration, QD                                     |    | 1.0 DAY",
            "orally taken once daily                                     |    | 1.0 DAY",
            "LY3537982 administered orally                               |    |",
            "0.2 mg/kg infusion over 40 minutes every other week (EOW)   |    | 2.0 WEEK",
            "given every other day                                       |    | 2.0 DAY",
    })
    void readsCountAndInterval(String text, Integer count, String interval) {
        Administration a = reader.read(text);
        assertThat(a.count()).isEqualTo(count);
        String read = a.interval() == null ? null : a.interval().value() + " " + a.interval().unit();
        assertThat(read).isEqualTo(interval);
    }

    /**
     * Sample wordings (precision sweep) that were read as a wrong count or interval: "once" or "a single"
     * in a text saying the dose repeats is not one administration in all; "three times a day for 7 days"
     * is 21 administrations, not 7 a day apart; "twice weekly" has no single interval (it was "weekly");
     * the end of a range ("12-13 doses", "4-6 cycles") or a ceiling ("to 35 cycles") is not a count; nor
     * are the days of one cycle of several ("daily for 14 days every 21 days cycle").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Lazertinib 240mg, Once, po, daily (1 cycle of 21 days)                                       |    | 1.0 DAY",
            "receive Toripalimab at a dose of 240 mg intravenously (IV) once every 3 weeks for a planned duration of 1 years | | 3.0 WEEK",
            "a loading dose on Day 1, followed by a single 300 mg injection qw from Week 1 to Week 15      |    |",
            "Molixan at a dose of 3.0 mg/kg per day is administered once intravenously for 10 days        | 10 | 1.0 DAY",
            "Dosage: 3ml Frequency and Duration: Three times a day for 7 days                             | 21 |",
            "6mg/kg IV/PO twice weekly for a total of up to 12-13 doses                                   |    |",
            "Sugemalimab 1200mg plus 4-6 cycles of platinum-based chemotherapy                            |    |",
            "followed by Sugemalimab 1200mg to 35 cycles, or until disease progression                    |    |",
            "a one-time dose of bamlanivimab 700 mg, delivered via infusion                               | 1  |",
            "Oral dose administered three times weekly for 16 weeks                                       | 48 |",
            "anlotinib (12 mg orally daily for 14 days every 21 days cycle) combined with one of EGFR-TKIs |    | 1.0 DAY",
            "capecitabine 1000 mg/m2 twice daily for 14 days of each 21-day cycle                          |    | 12.0 HOUR",
            "IV voriconazole 7 mg/kg q12h. Only morning oral dose will be given on Day 14                  |    |",
            "Participants will receive a single intravenous infusion on Day 1                             | 1  |",
            "Letrozole 5 mg/day, will be given for 14 days                                                | 14 | 1.0 DAY",
    })
    void readsNoWrongCountFromSampleWordings(String text, Integer count, String interval) {
        Administration a = reader.read(text);
        assertThat(a.count()).isEqualTo(count);
        String read = a.interval() == null ? null : a.interval().value() + " " + a.interval().unit();
        assertThat(read).isEqualTo(interval);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "will be infused intravenously                | intravenous",
            "Given IV                                     | intravenous",
            "Given PO                                     | oral",
            "tablets taken by mouth                       | oral",
            "by intramuscular (i.m.) injection            | intramuscular",
            "Intradermic Injection, ID                    | intradermal",
            "By the percutaneous route                    | percutaneous",
            "subcutaneous injections in the upper thighs  | subcutaneous",
    })
    void readsRoute(String text, String route) {
        assertThat(reader.read(text).route()).isEqualTo(route);
    }

    /** "N doses of X" counts X's administrations (NCT02679963): not those of another dose read for the step. */
    @ParameterizedTest(name = "{0} / {1} mg")
    @CsvSource(delimiter = '|', value = {
            "Olaparib: 600 mg daily (2 doses of 300 mg (2*2 tablets of 150 mg) taken approximately 12 hours apart) po | 600 |",
            "Olaparib: 2 doses of 300 mg taken approximately 12 hours apart                                          | 300 | 2",
            "vaccine: 2 doses of 0.5 mL per dose administered intramuscularly                                       | 0.5 | 2",
    })
    void countsNDosesOfXOnlyForX(String text, double dose, Integer count) {
        assertThat(reader.read(text, new org.trialworkbench.model.Quantity(dose, dose == 0.5 ? "mL" : "mg")).count()).isEqualTo(count);
    }
}
