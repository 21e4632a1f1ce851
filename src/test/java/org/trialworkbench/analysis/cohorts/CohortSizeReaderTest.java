package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CohortSizeReaderTest {
    private final CohortSizeReader reader = new CohortSizeReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "enrolled into two dosing cohorts consisting of 20 individuals and doses of 0.25 and 0.4 mg/kg | 20",
            "three cohorts of 6 patients                                                                   | 6",
            "dose groups comprising 12 participants                                                        | 12",
            "30 participants each                                                                          | 30",
            "6 patients per dose level                                                                     | 6",
    })
    void readsASizeStatedForEveryCohort(String text, int size) {
        assertThat(reader.read(List.of(text))).isEqualTo(size);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cohorts of 3-6 patients",
            "Forty male participants will be enrolled",
            "cohorts consisting of healthy individuals",
            "a total of 20 individuals",
    })
    void readsNoSizeFromRangesOrTotals(String text) {
        assertThat(reader.read(List.of(text))).isNull();
    }
}
