package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.model.Quantity;

class DoseExpressionReaderTest {
    private final DoseExpressionReader reader = new DoseExpressionReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "low-dose AD-MSC 1x10E6 cellskg infusion therapy | 1.0E6 | cells/kg",
            "(single dose, 10^6 cells/kg body weight)         | 1.0E6 | cells/kg",
            "1×10^6 cells/kg                                  | 1.0E6 | cells/kg",
            "1.0E+06 cells/kg                                 | 1.0E6 | cells/kg",
            "10e6 cells                                       | 1.0E6 | cells",
            "Cohort 2: 2 x 10^7 cells                         | 2.0E7 | cells",
            "at 5 × 10e10 Viral Particles (VP) per dose        | 5.0E10 | VP",
            "dose levels of 3 × 10\\^9 ± 30% cells            | 3.0E9 | cells",
            "one million cells/kg                             | 1.0E6 | cells/kg",
            "10 million cells                                 | 1.0E7 | cells",
            "1.5 billion cells                                | 1.5E9 | cells",
            "Dose Level 1: 0.5 mg/kg                          | 0.5   | mg/kg",
            "AK104 10mg/kg Q2W                                | 10    | mg/kg",
            "cyclophosphamide 4 g/m2 and G-CSF                | 4     | g/m2",
            "paclitaxel at 50mg/m2                            | 50    | mg/m2",
            "500 mg/m² on day 1                               | 500   | mg/m2",
            "Osimertinib 80 mg QD                             | 80    | mg",
            "Invitrogen COVID-19 Spike Protein 0.04 MG, 1.0 mL | 0.04 | mg",
            "0.1mg Spike-GM-CSF Protein                       | 0.1   | mg",
            "25 µg of vaccine                                 | 25    | ug",
            "25 ug of vaccine                                 | 25    | ug",
            "25 mcg of vaccine                                | 25    | ug",
            "1,000 IU daily                                   | 1000  | IU",
            "Phase I: 70 Gy/35 fx                             | 70    | Gy",
            "500 mls of Convalescent COVID 19 Plasma          | 500   | mL",
            "3x10^12 particle units of the AAV2CUhCLN2 vector | 3.0E12 | PU",
            "Name: milciclib Dose: 150 mg/day Mode of administration: oral | 150 | mg/day",
            "Apatinib (500 mg/d) was given orally             | 500   | mg/day",
            "letrozole, 5 mg per day, for 14 days             | 5     | mg/day",
            "busulfan 50mg/kg/day                             | 50    | mg/kg/day",
            "cytarabine 100 mg/m2/day on days 1-7             | 100   | mg/m2/day",
            // a volume stated as the dose stays a dose; only the volume a drug is given in is passed over
            "twice intramuscularly at a dose of 0.5 ml        | 0.5   | mL",
            "transfused intravenously with 500 mls of plasma  | 500   | mL",
            "70mg REMD-477 (in 1 mL solution)                 | 70    | mg",
            "3 × 10^9 ± 30% cells                             | 3.0E9 | cells",
    })
    void readsFirstDose(String text, double value, String unit) {
        assertThat(reader.first(text)).map(DoseMatch::quantity).contains(new Quantity(value, unit));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Dose Level 1",
            "in 10 patients with CTD",
            "every 3 weeks for 4 cycles",
            "100mg/vial",
            "ECOG 0-2 and 18 years",
            "300-600 mL",
            "a dose of mg",
            "SLP mKRASvax (Up to 1.8mg peptide",
            "serum creatinine above 1.5 mg/dL",
            "10 mg/day/kg",
            // precision sweep, sample wordings: a tolerance and a vehicle volume are not doses
            "after receiving 33 ± 4 Gy (approximately 2.5 months after the first PET-MRI)",
            "Acetaminophen 1 gr in 100 ml saline 0,9% iv 4 times a day",
            "T3011 will be administered in a 10 mL solution as an IV infusion",
            "dissolved in 100ml 0.9% sodium chloride saline",
    })
    void findsNoDoseWhereNoneIsStated(String text) {
        assertThat(reader.first(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void acceptsNullAndEmptyText() {
        assertThat(reader.findAll(null)).isEmpty();
        assertThat(reader.first("")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "planned doses given orally twice daily: 200 mg, 400 mg, 600 mg, 800 mg | 4",
            "(2.5mg/kg, 5mg/kg, 10mg/kg)                                           | 3",
            "AK104 10mg/kg plus anlotinib 12 mg                                    | 2",
    })
    void findsEveryDoseInOrder(String text, int count) {
        assertThat(reader.findAll(text)).hasSize(count)
                .isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** A dose range beside another dose (NCT01339988, two drugs) leaves no single dose; a range alone none either. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Conditioning regimen: Cyclophosphamide 50mg/kg/day for 4 days + Busulfan 0.8-1.0mg/kg/day for 4 days. | false",
            "docetaxel 60-75 mg/m2 IV over 60 minutes on day 1                                                   | false",
            "Cyclophosphamide 50mg/kg/day for 4 days                                                             | true",
            "Days -7 and -6: Cyclophosphamide 60 mg/kg/day x 2 days IV                                           | true",
    })
    void readsASingleDoseOnlyWithoutADoseRange(String text, boolean single) {
        assertThat(reader.single(text).isPresent()).isEqualTo(single);
    }
}
