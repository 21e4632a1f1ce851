package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CtgovTextTest {

    /** Wordings from the v2 samples; '|' stands for a backslash. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "SLEDAI score |>8;SLEDAI score >8",
        "titers of |<0.1 IU/ml;titers of <0.1 IU/ml",
        "creatinine |[mg/dL|];creatinine [mg/dL]",
        "8|. The most;8. The most",
        "for 4|~6 cycles;for 4~6 cycles",
        "regimens|* based on;regimens* based on",
        "a path C:||temp;a path C:|temp",
    })
    void removesTheBackslashBeforeAsciiPunctuation(String delivered, String shown) {
        assertThat(CtgovText.fromMarkdown(delivered.replace('|', '\\'))).isEqualTo(shown.replace('|', '\\'));
    }

    @Test
    void keepsABackslashBeforeAnythingElse() {
        assertThat(CtgovText.fromMarkdown("10\\u00b5g \\n x\\")).isEqualTo("10\\u00b5g \\n x\\");
        assertThat(CtgovText.fromMarkdown("no escapes")).isEqualTo("no escapes");
        assertThat(CtgovText.fromMarkdown(null)).isNull();
    }
}
