package org.trialworkbench.analysis.thresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Threshold;

/** The real-phrase table {@code analysis/threshold-phrases.psv}: every field of every threshold. */
class ThresholdPhraseTableTest {
    private static final ThresholdReader READER = new ThresholdReader();

    record Row(String phrase, int count, int index, String parameter, String comparator, String value, String upper,
               String unit, String normalized, String flags, String span) {
        @Override
        public String toString() {
            return phrase + (count == 0 ? " -> none" : " #" + index + " " + parameter);
        }
    }

    static Stream<Row> rows() throws IOException {
        try (InputStream in = ThresholdPhraseTableTest.class.getResourceAsStream("/analysis/threshold-phrases.psv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(ThresholdPhraseTableTest::row)
                    .toList().stream();
        }
    }

    private static Row row(String line) {
        String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        int index = f[2].isEmpty() ? -1 : Integer.parseInt(f[2]);
        return new Row(f[0], Integer.parseInt(f[1]), index, f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsThePhraseAsTabled(Row row) {
        List<Threshold> read = READER.read(row.phrase());
        assertThat(read).as("thresholds in: " + row.phrase()).hasSize(row.count());
        if (row.count() == 0) {
            return;
        }
        Threshold t = read.get(row.index());
        assertThat(t.parameter()).isEqualTo(row.parameter());
        assertThat(t.comparator()).isEqualTo(Comparator.valueOf(row.comparator()));
        assertThat(t.value()).isCloseTo(Double.parseDouble(row.value()), within(1e-9));
        if (row.upper().isEmpty()) {
            assertThat(t.upper()).isNull();
        } else {
            assertThat(t.upper()).isCloseTo(Double.parseDouble(row.upper()), within(1e-9));
        }
        assertThat(t.unit()).isEqualTo(row.unit().isEmpty() ? null : row.unit());
        assertNormalized(t, row.normalized());
        assertThat(t.flags()).containsExactlyElementsOf(row.flags().isEmpty() ? List.of() : List.of(row.flags().split(" ")));
        assertThat(t.text()).isEqualTo(row.span());
        assertThat(row.phrase()).contains(t.text());
    }

    private static void assertNormalized(Threshold t, String expected) {
        if (expected.equals("-")) {
            assertThat(t.normalized()).isNull();
            return;
        }
        String[] parts = expected.split(" ", 2);
        assertThat(t.normalized()).isNotNull();
        assertThat(t.normalized().value()).isCloseTo(Double.parseDouble(parts[0]), within(1e-4));
        assertThat(t.normalized().unit()).isEqualTo(parts.length > 1 ? parts[1] : null);
    }
}
