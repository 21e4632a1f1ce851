package org.trialworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNamesTest {

    @ParameterizedTest
    @CsvSource({
        "a,years", "mo,months", "wk,weeks", "d,days",
        "umol/L,µmol/L", "ug,µg", "ug/kg,µg/kg", "uL,µL", "umol,µmol",
        "/uL,/µL", "Cel,°C", "10*9/L,×10⁹/L", "10*12/L,×10¹²/L", "kg/m2,kg/m²", "mL/min/1.73m2,mL/min/1.73 m²",
        "U/L,U/L", "units/kg,units/kg", "mg/dL,mg/dL", "ULN,ULN", "mm,mm", "mmHg,mmHg", "per cu mm,per cu mm",
        "x 10^9/L,x 10^9/L", "mg/m2,mg/m²",
    })
    void namesUnitsAsAReviewerReadsThem(String code, String shown) {
        assertThat(UnitNames.forReading(code)).isEqualTo(shown);
    }
}
