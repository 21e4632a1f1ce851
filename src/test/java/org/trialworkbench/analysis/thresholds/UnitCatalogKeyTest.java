package org.trialworkbench.analysis.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link UnitCatalog#key}: which spellings are one unit and which are not. */
class UnitCatalogKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cells/mm^3 | cells/mm3", "/mm³ | /mm3", "kg/m² | kg/m2", "kg/m^2 | kg/m2",
            "mL/min/1.73 m^2 | mL/min/1.73m2", "x 10⁹/L | x10^9/l", "µmol/L | umol/l"})
    void theseAreOneUnit(String written, String other) {
        assertThat(UnitCatalog.key(written)).isEqualTo(UnitCatalog.key(other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x 10^9/L | x 109/L", "x 10^3/mm^3 | x 103/mm3", "mm^3 | mm"})
    void theseAreNot(String written, String other) {
        assertThat(UnitCatalog.key(written)).isNotEqualTo(UnitCatalog.key(other));
    }
}
