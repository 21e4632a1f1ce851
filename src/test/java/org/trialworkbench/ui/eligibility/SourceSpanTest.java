package org.trialworkbench.ui.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceSpanTest {

    @Test
    void cutsTheTextAroundTheSpanRead() {
        assertThat(SourceSpan.of("Exclusion: creatinine > 2 mg/dL or dialysis", "creatinine > 2 mg/dL"))
                .isEqualTo(new SourceSpan("Exclusion: ", "creatinine > 2 mg/dL", " or dialysis", true));
    }

    @Test
    void findsASpanWrittenInAnotherCaseAndKeepsTheSourceSpelling() {
        assertThat(SourceSpan.of("SERUM CREATININE > 2 MG/DL", "creatinine > 2 mg/dl"))
                .isEqualTo(new SourceSpan("SERUM ", "CREATININE > 2 MG/DL", "", true));
    }

    @Test
    void aSpanNotInTheTextIsNotHighlightedAnywhere() {
        assertThat(SourceSpan.of("Hemoglobin at least 9 g/dL", "platelets > 100"))
                .isEqualTo(new SourceSpan("Hemoglobin at least 9 g/dL", "", "", false));
    }

    @Test
    void noTextOrNoSpanLeavesNothingHighlighted() {
        assertThat(SourceSpan.of(null, "x")).isEqualTo(new SourceSpan("", "", "", false));
        assertThat(SourceSpan.of("Pregnancy", null)).isEqualTo(new SourceSpan("Pregnancy", "", "", false));
    }
}
