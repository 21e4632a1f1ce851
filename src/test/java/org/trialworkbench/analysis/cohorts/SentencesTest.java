package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Sentences#split} cuts exactly where the break pattern it replaces cuts. */
class SentencesTest {
    private static final List<String> PIECES = List.of("Dose", "1.5", "mg", ".", ";", "!", "?", ",", " ", "  ", "\t",
            "\n", "\r\n", "\r", " \n ", "\u00a0", "\u2028", "\u000B", "\f", "x", "(a)", "..");

    @Test
    void cutsWhereThePatternCuts() {
        Random random = new Random(5);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) {
                sb.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = sb.toString();
            assertThat(Sentences.split(text)).as(text).isEqualTo(Sentences.splitByPattern(text));
        }
    }

    @Test
    void cutsSentencesAndLines() {
        assertThat(Sentences.split("Cohort 1: 10 mg. Cohort 2: 20 mg;then 30 mg\n\n- 40 mg"))
                .containsExactly("Cohort 1: 10 mg.", "Cohort 2: 20 mg;then 30 mg", "- 40 mg");
    }
}
