package org.trialworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNamesTest {

    @ParameterizedTest
    @CsvSource({
        "a,years", "mo,months", "wk,weeks", "d,days",
        "umol/L,µmol/L", "ug,µg", "ug/kg,µg/kg", "uL,µL", "umol,µmol",
        "U/L,U/L", "units/kg,units/kg", "mg/dL,mg/dL", "10*9/L,10*9/L", "ULN,ULN",
    })
    void namesUnitsAsAReviewerReadsThem(String code, String shown) {
        assertThat(UnitNames.forReading(code)).isEqualTo(shown);
    }
}
