package org.trialworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagTextsTest {

    private static List<String> flags(String spaceSeparated) {
        return Arrays.asList(spaceSeparated.split(" "));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UNIT_IMPLAUSIBLE LIKELY_UNIT:umol/L | unit implausible — µmol/L?    | true
            UNIT_MISSING LIKELY_UNIT:/mm3       | unit missing — /mm3?          | true
            VALUE_IMPLAUSIBLE LIKELY_UNIT:g/L   | value implausible — g/L?      | true
            AMBIGUOUS_COMPARATOR                | comparator ambiguous          | true
            UNIT_MISSING                        | unit missing                  | true
            DECIMAL_COMMA                       | decimal comma                 | false
            UNIT_IMPLIED                        | unit implied                  | false
            """)
    void badgesSayWhatIsDoubtfulAndOfferTheLikelyUnit(String flags, String badge, boolean warning) {
        assertThat(FlagTexts.of(flags(flags))).singleElement().satisfies(t -> {
            assertThat(t.badge()).isEqualTo(badge);
            assertThat(t.warning()).isEqualTo(warning);
            assertThat(t.explanation()).isNotBlank();
        });
    }

    @Test
    void theLikelyUnitIsOfferedOnceOnTheFirstWarningEvenAfterANote() {
        List<FlagText> texts = FlagTexts.of(List.of("DECIMAL_COMMA", "UNIT_IMPLAUSIBLE", "AMBIGUOUS_COMPARATOR",
                "LIKELY_UNIT:umol/L"));
        assertThat(texts).extracting(FlagText::badge)
                .containsExactly("decimal comma", "unit implausible — µmol/L?", "comparator ambiguous");
    }

    @Test
    void aLikelyUnitWithoutAWarningIsStillShownAsAnOffer() {
        assertThat(FlagTexts.of(List.of("LIKELY_UNIT:mg/dL"))).singleElement()
                .satisfies(t -> assertThat(t.badge()).isEqualTo("unit? — mg/dL?"));
    }

    @Test
    void anUnknownFlagIsShownAsWrittenNotDropped() {
        assertThat(FlagTexts.of(List.of("SOMETHING_NEW"))).singleElement().satisfies(t -> {
            assertThat(t.badge()).isEqualTo("something new");
            assertThat(t.warning()).isTrue();
            assertThat(t.explanation()).contains("SOMETHING_NEW");
        });
    }

    @Test
    void noFlagsNoBadges() {
        assertThat(FlagTexts.of(List.of())).isEmpty();
    }
}
