package org.trialworkbench.ui.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Amounts;
import org.trialworkbench.model.SubjectRange;

/** The log-scale decision and the display spellings of doses. */
class DoseScaleAndTextsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "cells/kg | 1e6 2e6 3e6   | log scale: cell counts",
            "cells    | 5e7           | log scale: cell counts",
            "mg/kg    | 0.3 1 3       | null",
            "mg       | 1 10 99       | null",
            "mg       | 1 10 100      | log scale: doses span 100-fold",
            "ug       | 0.5 300       | log scale: doses span 600-fold",
            "cells/kg | 0 1e6         | null",
    })
    void logScaleForCellCountsAndWideSpansButNeverWithZero(String unit, String values, String expected) {
        List<Double> doses = Arrays.stream(values.trim().split("\\s+")).map(Double::valueOf).toList();
        assertThat(DoseChartModel.logReason(unit, doses)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1000000     | 1×10⁶",
            "25000000    | 2.5×10⁷",
            "100000      | 1×10⁵",
            "99999       | 99999",
            "0.3         | 0.3",
            "0.30000000000000004 | 0.3",
            "1234.5      | 1234.5",
            "0.0002      | 2×10⁻⁴",
            "0           | 0",
    })
    void amountsAreWrittenAsPowersOfTenWhenLargeOrTiny(double value, String expected) {
        assertThat(Amounts.reading(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", emptyValue = "", value = {
            "0.3 mg/kg Q3W [cumulative dose not computed: number of administrations not stated] | number of administrations not stated | 0.3 mg/kg Q3W",
            "1x10E6 cellskg, route: intravenous | null | 1x10E6 cellskg",
            "10 mg, route: oral [cumulative dose not computed: dose not stated] | dose not stated | 10 mg",
            "route: subcutaneous | null | ''",
    })
    void readerNotesAreSeparatedFromTheDoseAsWritten(String doseText, String reason, String written) {
        assertThat(DoseTexts.notComputedReason(doseText)).isEqualTo(reason);
        assertThat(DoseTexts.asWritten(doseText)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "4 | 7 | 4    | 4–7 (n=4)",
            "5 | 5 | null | 5",
            "null | null | 3 | n=3",
            "null | null | null | —",
    })
    void participantsJoinSubjectNumbersAndSize(Integer from, Integer to, Integer size, String expected) {
        SubjectRange range = from == null ? null : new SubjectRange(from, to);
        assertThat(DoseTexts.participants(range, size)).isEqualTo(expected);
    }
}
