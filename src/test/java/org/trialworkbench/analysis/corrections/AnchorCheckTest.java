package org.trialworkbench.analysis.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.fixtures.SampleTrials;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Trial;

class AnchorCheckTest {
    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");
    private final Trial trial = SampleTrials.full("NCT00000001").toBuilder().annotations(List.of()).build();

    private Annotation anchored(String target) {
        return new Annotation("a", target, null, "n", "rev", T, null, TargetAnchors.textOf(trial, target).orElseThrow(),
                false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            trial                      | ''
            criterion:I1               | Hb <11 g/dL
            criterion:I1/threshold:1   | Hb <11 g/dL
            outcome:P1                 | mRSS monthly
            outcome:S1                 | FVC
            cohort:C1                  | The initial 3 subjects ...
            arm:MSC                    | MSC cells
            intervention:AlloMSC       | AlloMSC single dose
            field:overallStatus        | RECRUITING
            field:eligibility.minimumAge | Age[value=16.0, unit=YEARS, inclusive=true]
            field:noSuchField          | ''
            """)
    void anchorsOnTheTargetsSourceText(String target, String text) {
        assertThat(TargetAnchors.textOf(trial, target)).contains(text);
    }

    @ParameterizedTest
    @CsvSource({"criterion:I7", "criterion:I1/threshold:2", "outcome:P9", "cohort:C2", "arm:Placebo", "intervention:x"})
    void aMissingTargetHasNoAnchor(String target) {
        assertThat(TargetAnchors.textOf(trial, target)).isEmpty();
    }

    @Test
    void unchangedTextKeepsTheNoteAsItIs() {
        Trial t = trial.toBuilder().annotations(List.of(anchored("criterion:I1"), anchored("outcome:P1"))).build();
        assertThat(AnchorCheck.check(t)).isSameAs(t);
    }

    @Test
    void rewrappedTextIsTheSameText() {
        Trial t = trial.toBuilder().annotations(List.of(anchored("outcome:P1"))).build();
        Outcome p1 = t.outcomes().get(0);
        Trial rewrapped = t.toBuilder().outcomes(List.of(new Outcome("P1", OutcomeKind.PRIMARY, "mRSS\n ", null,
                "  monthly", null), t.outcomes().get(1))).build();
        assertThat(AnchorCheck.check(rewrapped).annotations().get(0).sourceChanged()).isFalse();
        assertThat(p1.measure()).isEqualTo("mRSS");
    }

    @Test
    void changedOrMissingTargetsAreFlaggedAndKeptWithTheirOldAnchor() {
        Annotation onCriterion = anchored("criterion:I1");
        Correction correction = new Correction("c", "criterion:I1/threshold:0", "value", "11", "10", "rev", T,
                "Hb <11 g/dL", false);
        Annotation onCohort = anchored("cohort:C1");
        Trial before = trial.toBuilder().annotations(List.of(onCriterion, onCohort)).corrections(List.of(correction))
                .build();
        Trial newer = before.toBuilder().eligibility(before.eligibility().withCriteria(List.of(
                new Criterion("I1", CriterionKind.INCLUSION, "Hb <10 g/dL", List.of(), false)))).cohorts(List.of()).build();

        Trial checked = AnchorCheck.check(newer);

        assertThat(checked.annotations()).extracting(Annotation::sourceChanged).containsExactly(true, true);
        assertThat(checked.annotations()).extracting(Annotation::anchorText)
                .containsExactly("Hb <11 g/dL", "The initial 3 subjects ...");
        assertThat(checked.corrections()).singleElement().satisfies(c -> {
            assertThat(c.sourceChanged()).isTrue();
            assertThat(c.correctedValue()).isEqualTo("10");
        });
        // the flag stays when the text comes back: the reviewer decides
        assertThat(AnchorCheck.check(checked.toBuilder().eligibility(trial.eligibility()).build())
                .annotations().get(0).sourceChanged()).isTrue();
    }

    @Test
    void aNoteWithoutAnchorIsAnchoredOnTheCurrentTextUnlessItsTargetIsGone() {
        Annotation old = new Annotation("a", "criterion:I1", null, "n", "rev", T, null);
        Annotation lost = new Annotation("b", "criterion:E4", null, "n", "rev", T, null);
        Trial checked = AnchorCheck.check(trial.toBuilder().annotations(List.of(old, lost)).build());
        assertThat(checked.annotations().get(0)).isEqualTo(old.withAnchor("Hb <11 g/dL", false));
        assertThat(checked.annotations().get(1)).isEqualTo(lost.withAnchor(null, true));
    }
}
