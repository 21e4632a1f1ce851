package org.trialworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.fixtures.SampleTrials;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;

class CorrectionServiceTest {
    @TempDir
    Path dir;
    private ReviewStore review;
    private CorrectionService service;
    private Trial reading;

    @BeforeEach
    void open() {
        review = new ReviewStore(dir);
        service = review.corrections;
        reading = SampleTrials.full("NCT00000001").toBuilder().annotations(List.of()).build();
        review.store.write(tx -> tx.saveTrial(reading));
    }

    @AfterEach
    void close() {
        review.close();
    }

    @Test
    void correctedViewShowsTheCorrectionAndTheStoreKeepsTheReading() {
        Correction c = service.correct("NCT00000001", "criterion:I1/threshold:0", "value", "10", "Dr. R");
        review.clock.advanceSeconds(1);
        Correction k = service.correct("NCT00000001", "criterion:I1", "kind", "exclusion", "Dr. R");

        assertThat(c.originalValue()).isEqualTo("11");
        assertThat(c.correctedValue()).isEqualTo("10");
        assertThat(c.anchorText()).isEqualTo("Hb <11 g/dL");
        assertThat(k.originalValue()).isEqualTo("INCLUSION");
        assertThat(k.correctedValue()).as("canonical spelling").isEqualTo("EXCLUSION");

        CorrectedTrial view = service.corrected("nct00000001").orElseThrow();
        Threshold shown = view.corrected().eligibility().criteria().get(0).thresholds().get(0);
        assertThat(shown.value()).isEqualTo(10);
        assertThat(shown.flags()).contains("CORRECTED");
        assertThat(view.corrected().eligibility().criteria().get(0).kind()).isEqualTo(CriterionKind.EXCLUSION);
        assertThat(view.correctionOf("criterion:I1/threshold:0", "value")).contains(c);
        assertThat(view.isCorrected("criterion:I1")).isTrue();
        assertThat(view.isCorrected("outcome:P1")).isFalse();
        assertThat(view.notApplied()).isEmpty();

        Trial stored = review.store.load("NCT00000001").orElseThrow();
        assertThat(stored.toBuilder().corrections(List.of()).build()).isEqualTo(reading);
        assertThat(stored.corrections()).containsExactly(c, k);
        assertThat(view.reading()).isEqualTo(stored);
    }

    @Test
    void correctingAgainKeepsTheOriginalAndUndoPutsThePreviousBack() {
        Correction first = service.correct("NCT00000001", "outcome:P1", "recurrence.every", "3 months", "Dr. R");
        review.clock.advanceSeconds(5);
        Correction second = service.correct("NCT00000001", "outcome:P1", "recurrence.every", "2 months", "Dr. S");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.originalValue()).isEqualTo("1 MONTH").isEqualTo(first.originalValue());
        assertThat(second.correctedValue()).isEqualTo("2 MONTH");
        assertThat(review.store.load("NCT00000001").orElseThrow().corrections()).containsExactly(second);

        service.restoreCorrection("NCT00000001", first);
        assertThat(service.corrected("NCT00000001").orElseThrow().corrected().outcomes().get(0).schedule()
                .recurrence().every()).isEqualTo(new Offset(3, TimeUnit.MONTH, null));

        service.deleteCorrection(first.id());
        assertThat(service.corrected("NCT00000001").orElseThrow().corrected()).isEqualTo(reading);
        service.restoreCorrection("NCT00000001", first);
        assertThat(review.store.load("NCT00000001").orElseThrow().corrections()).containsExactly(first);
    }

    @Test
    void aCorrectionWhoseSourceChangedIsKeptButNotShownUntilReanchored() {
        Correction c = service.correct("NCT00000001", "cohort:C1", "administrations", "2", "Dr. R");
        Trial stored = review.store.load("NCT00000001").orElseThrow();
        var old = stored.cohorts().get(0);
        var rewritten = new org.trialworkbench.model.Cohort("C1", 1, old.label(), old.subjects(), old.size(),
                old.intervention(), old.dose(), old.doseText(), 3, old.interval(), old.cumulativeDose(), old.gate(),
                "The first 3 subjects get three doses", old.escalation());
        review.store.write(tx -> tx.saveTrial(stored.toBuilder().cohorts(List.of(rewritten)).build()));

        CorrectedTrial view = service.corrected("NCT00000001").orElseThrow();
        assertThat(view.applied()).isEmpty();
        assertThat(view.notApplied()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(c.id());
            assertThat(n.sourceChanged()).isTrue();
        });
        assertThat(view.corrected().cohorts().get(0).administrations()).isEqualTo(3);

        Correction accepted = service.reanchorCorrection(c.id());
        assertThat(accepted.originalValue()).isEqualTo("3");
        assertThat(accepted.anchorText()).isEqualTo("The first 3 subjects get three doses");
        assertThat(service.corrected("NCT00000001").orElseThrow().corrected().cohorts().get(0).administrations())
                .isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            criterion:I1/threshold:0 | value      | ten      | 'ten' is not a number
            criterion:I1/threshold:0 | colour     | red      | has no field 'colour'
            criterion:I1/threshold:5 | value      | 1        | has no criterion:I1/threshold:5
            criterion:E1             | kind       | INCLUSION | has no criterion:E1
            trial                    | kind       | x        | cannot be corrected
            criterion:I1             | kind       | inclusion | the reading already says INCLUSION
            criterion:I1/threshold:0 | parameter  | ''       | parameter cannot be empty
            outcome:S1               | recurrence.until | 2 YEAR | correct recurrence.every first
            """)
    void refusesCorrectionsThatCannotBeMade(String target, String field, String value, String message) {
        assertThatThrownBy(() -> service.correct("NCT00000001", target, field, value, "Dr. R"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(review.store.load("NCT00000001").orElseThrow().corrections()).isEmpty();
    }

    @Test
    void namesTheCorrectableFields() {
        assertThat(service.correctableFields("criterion:I1/threshold:0"))
                .containsExactly("parameter", "comparator", "value", "upper", "unit");
        assertThat(service.correctableFields("outcome:P1")).contains("timePoints", "recurrence.every");
        assertThat(service.correctableFields("arm:MSC")).isEmpty();
    }
}
