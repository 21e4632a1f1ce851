package org.trialworkbench.importer.ictrp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A Study of Drug X in Adults - Not applicable | A Study of Drug X in Adults",
        "A STUDY OF DRUG X - N/A | A STUDY OF DRUG X",
        "A study of drug X - ND.  | A study of drug X",
        "A study of drug X - NA | A study of drug X",
        // an abbreviated title, a hyphenated word or a dash inside the title stays
        "A study of drug X - XYZ-001 Pilot | A study of drug X - XYZ-001 Pilot",
        "Non-applicable dosing - a pilot | Non-applicable dosing - a pilot",
    })
    void dropsAPlaceholderAbbreviatedTitle(String title, String expected) {
        assertThat(TitleText.clean(title)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"In preparation", "Not applicable", "N/A", "nd", "-", "  "})
    void aPlaceholderAloneIsNoTitle(String title) {
        assertThat(TitleText.clean(title)).isNull();
    }
}
