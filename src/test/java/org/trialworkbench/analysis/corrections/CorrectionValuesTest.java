package org.trialworkbench.analysis.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.TimeUnit;

class CorrectionValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12 months            | 12 MONTH
            0 day "Baseline"     | 0 DAY "Baseline"
            1.5 Weeks            | 1.5 WEEK
            2 YEAR "end of \\"follow-up\\"" | 2 YEAR "end of \\"follow-up\\""
            """)
    void readsOffsetsInTheirCanonicalSpelling(String typed, String canonical) {
        Offset o = CorrectionValues.parseOffset(typed);
        assertThat(CorrectionValues.offset(o)).isEqualTo(canonical);
        assertThat(CorrectionValues.parseOffset(canonical)).isEqualTo(o);
    }

    @Test
    void offsetListKeepsSemicolonsInsideLabels() {
        List<Offset> points = CorrectionValues.parseOffsets("0 DAY \"Baseline; screening\"; 12 MONTH; 2 YEAR \"a\\\\b\"");
        assertThat(points).containsExactly(new Offset(0, TimeUnit.DAY, "Baseline; screening"),
                new Offset(12, TimeUnit.MONTH, null), new Offset(2, TimeUnit.YEAR, "a\\b"));
        assertThat(CorrectionValues.parseOffsets(CorrectionValues.offsets(points))).isEqualTo(points);
        assertThat(CorrectionValues.parseOffsets("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"4, 4", "4.50, 4.5", "0.0001, 0.0001", "1e6, 1000000", "-2, -2"})
    void numbersAreWrittenWithoutNeedlessDigits(String typed, String canonical) {
        assertThat(CorrectionValues.number(CorrectionValues.parseNumber(typed))).isEqualTo(canonical);
    }

    @Test
    void numbersSurviveTextExactly() {
        for (double v : new double[] {0.1, 1.0 / 3, 123456.789, 1e-9, 2.2250738585072014E-308}) {
            assertThat(CorrectionValues.parseNumber(CorrectionValues.number(v))).isEqualTo(v);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <=  | <=
            \u2264 | <=
            \u2265 | >=
            BETWEEN | between
            """)
    void readsComparatorSymbols(String typed, String symbol) {
        assertThat(CorrectionValues.parseComparator(typed).symbol()).isEqualTo(symbol);
    }

    @Test
    void quantitiesAndRanges() {
        assertThat(CorrectionValues.quantity(CorrectionValues.parseQuantity(" 10 mg/kg "))).isEqualTo("10 mg/kg");
        assertThat(CorrectionValues.parseQuantity("200").unit()).isNull();
        assertThat(CorrectionValues.range(CorrectionValues.parseRange("4 \u2013 7"))).isEqualTo("4-7");
        assertThat(CorrectionValues.parseKind("exclusion").name()).isEqualTo("EXCLUSION");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            offset     | twelve months
            offset     | 12 fortnights
            offset     | 12 MONTH "unclosed
            number     | NaN
            number     | 4,5
            comparator | =<
            kind       | maybe
            range      | 4 to 7
            quantity   | mg
            """)
    void refusesWhatItCannotRead(String type, String text) {
        assertThatThrownBy(() -> {
            switch (type) {
                case "offset" -> CorrectionValues.parseOffset(text);
                case "number" -> CorrectionValues.parseNumber(text);
                case "comparator" -> CorrectionValues.parseComparator(text);
                case "kind" -> CorrectionValues.parseKind(text);
                case "range" -> CorrectionValues.parseRange(text);
                default -> CorrectionValues.parseQuantity(text);
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text.strip());
    }
}
