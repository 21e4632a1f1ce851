package org.trialworkbench.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SectionOutline#continues} finds exactly the lines the {@code CONTINUES} pattern matches. */
class ContinuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "and", "band", "x-and", "Patients with", "Patients WITH  \t", "age of", "x,", "x, ",
            "(", "a", "A", "grade 3 or", "t_or", "1or", "éand", "than\u2028", "with\u00a0", "  to ", "ending.", "as."})
    void agreesWithThePattern(String line) {
        assertThat(SectionOutline.continues(line)).as(line).isEqualTo(SectionOutline.CONTINUES.matcher(line).matches());
    }

    @Test
    void agreesOnRandomEndings() {
        Random random = new Random(11);
        List<String> pieces = List.of("and", "or", "with", "than", "the", "a", "an", "x", "é", "_", "1", " ", "\t",
                ",", "-", "–", "/", "(", ".", "\u00a0", "\u0301", "OR", "As");
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(5); k >= 0; k--) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String line = sb.toString();
            assertThat(SectionOutline.continues(line)).as(line).isEqualTo(SectionOutline.CONTINUES.matcher(line).matches());
        }
    }
}
