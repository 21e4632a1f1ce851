package org.trialworkbench.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link CriteriaReader#lines} splits exactly as the line-break pattern it replaces. */
class CriteriaLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "\n", "\r", "\r\n", "\n\r", "\r\r\n\n", "a\nb", "a\r\nb\r\n", "\na\n\n",
            "Inclusion:\r\n- age ≥ 18\r- ECOG 0-1\n\nExclusion:\u2028x\u0085y\r\n\r\n"})
    void splitsLikeThePattern(String text) {
        assertThat(CriteriaReader.lines(text)).containsExactly(CriteriaReader.LINE_BREAK.split(text, -1));
    }

    @Test
    void splitsRandomBreaksLikeThePattern() {
        Random random = new Random(7);
        char[] alphabet = {'a', ' ', '\r', '\n', '\u2028'};
        for (int n = 0; n < 2000; n++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertThat(CriteriaReader.lines(s)).as(Arrays.toString(text))
                    .containsExactly(CriteriaReader.LINE_BREAK.split(s, -1));
        }
    }
}
