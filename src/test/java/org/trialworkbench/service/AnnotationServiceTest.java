package org.trialworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.fixtures.SampleTrials;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Trial;

class AnnotationServiceTest {
    @TempDir
    Path dir;
    private ReviewStore review;
    private AnnotationService service;

    @BeforeEach
    void open() {
        review = new ReviewStore(dir);
        service = review.annotations;
        Trial a = SampleTrials.full("NCT00000001").toBuilder().annotations(List.of()).build();
        Trial b = SampleTrials.full("NCT00000002").toBuilder().annotations(List.of()).build();
        review.store.write(tx -> {
            tx.saveTrial(a);
            tx.saveTrial(b);
        });
    }

    @AfterEach
    void close() {
        review.close();
    }

    @Test
    void addsANoteAnchoredOnTheTargetsText() {
        Annotation a = service.add("nct00000001", "criterion:I1", "concern", "Hb limit looks low", "Dr. R");

        assertThat(a.id()).isNotBlank();
        assertThat(a.anchorText()).isEqualTo("Hb <11 g/dL");
        assertThat(a.createdAt()).isEqualTo(review.clock.instant());
        assertThat(a.updatedAt()).isNull();
        assertThat(review.store.load("NCT00000001").orElseThrow().annotations()).containsExactly(a);
    }

    @Test
    void editSetsUpdatedAtAndKeepsTheRest() {
        Annotation a = service.add("NCT00000001", "outcome:P1", "unclear", "monthly?", "Dr. R");
        review.clock.advanceSeconds(60);

        Annotation edited = service.update(a.id(), "differs", "monthly, not weekly");

        assertThat(edited.updatedAt()).isEqualTo(review.clock.instant());
        assertThat(edited).usingRecursiveComparison().ignoringFields("tag", "note", "updatedAt").isEqualTo(a);
        assertThat(review.store.load("NCT00000001").orElseThrow().annotations()).containsExactly(edited);
    }

    @Test
    void deleteAndRestoreGiveBackTheSameNote() {
        Annotation a = service.add("NCT00000001", "cohort:C1", null, "3 subjects", "Dr. R");
        Annotation edited = service.update(a.id(), "match", "3 subjects, fine");

        service.delete(a.id());
        assertThat(review.store.load("NCT00000001").orElseThrow().annotations()).isEmpty();
        service.restore("NCT00000001", edited); // undo the delete
        assertThat(review.store.load("NCT00000001").orElseThrow().annotations()).containsExactly(edited);
        service.restore("NCT00000001", a); // undo the edit
        assertThat(review.store.load("NCT00000001").orElseThrow().annotations()).containsExactly(a);
        service.delete("no-such-note");
    }

    @Test
    void listsAcrossTrialsWithFilters() {
        Annotation a1 = service.add("NCT00000001", "criterion:I1", "concern", "Hb limit looks low", "Dr. R");
        review.clock.advanceSeconds(1);
        Annotation a2 = service.add("NCT00000001", "trial", "Match", "same design as 002", "Dr. S");
        Annotation b1 = service.add("NCT00000002", "field:overallStatus", "own-tag", "check status", "dr. r");

        assertThat(service.list(List.of("NCT00000002", "NCT00000001"), AnnotationFilter.ALL))
                .extracting(TrialAnnotation::trialId, t -> t.annotation().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NCT00000002", b1.id()),
                        org.assertj.core.groups.Tuple.tuple("NCT00000001", a1.id()),
                        org.assertj.core.groups.Tuple.tuple("NCT00000001", a2.id()));
        assertThat(notes(AnnotationFilter.byTag("match", "concern"))).containsExactly(a1.note(), a2.note());
        assertThat(notes(AnnotationFilter.byAuthor("DR. R"))).containsExactly(b1.note(), a1.note());
        assertThat(notes(AnnotationFilter.byText("HB LIMIT"))).containsExactly(a1.note());
        assertThat(notes(AnnotationFilter.byText("overallstatus"))).containsExactly(b1.note());
        assertThat(notes(new AnnotationFilter(Set.of("concern"), "Dr. S", null, false))).isEmpty();
        assertThat(notes(new AnnotationFilter(Set.of(), null, null, true))).isEmpty();
    }

    private List<String> notes(AnnotationFilter filter) {
        return service.list(List.of("NCT00000002", "NCT00000001"), filter).stream()
                .map(t -> t.annotation().note()).toList();
    }

    @Test
    void listFlagsANoteWhoseSourceChangedAndReanchorAcceptsTheNewText() {
        Annotation a = service.add("NCT00000001", "criterion:I1", "concern", "Hb", "Dr. R");
        Trial stored = review.store.load("NCT00000001").orElseThrow();
        Trial changed = stored.toBuilder().eligibility(stored.eligibility().withCriteria(List.of(
                new org.trialworkbench.model.Criterion("I1", org.trialworkbench.model.CriterionKind.INCLUSION,
                        "Hb <10 g/dL", List.of(), false)))).build();
        review.store.write(tx -> tx.saveTrial(changed));

        Annotation listed = service.list(List.of("NCT00000001"), AnnotationFilter.ALL).get(0).annotation();
        assertThat(listed.sourceChanged()).isTrue();
        assertThat(listed.anchorText()).isEqualTo("Hb <11 g/dL");

        Annotation reanchored = service.reanchor(a.id());
        assertThat(reanchored.anchorText()).isEqualTo("Hb <10 g/dL");
        assertThat(reanchored.sourceChanged()).isFalse();
        assertThat(service.list(List.of("NCT00000001"), new AnnotationFilter(Set.of(), null, null, true))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NCT00000001 | criterion:I9     | Dr. R | has no criterion:I9
            NCT00000001 | criterion:X1     | Dr. R | is not an annotation target
            NCT00000001 | field:phase_s    | Dr. R | is not an annotation target
            NCT00000001 | trial            | ' '   | needs its author
            NCT404      | trial            | Dr. R | no stored trial has the id NCT404
            """)
    void refusesWhatCannotBeAnnotated(String trial, String target, String author, String message) {
        assertThatThrownBy(() -> service.add(trial, target, null, "n", author))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(review.store.trialIdsWithReviewerNotes(List.of("NCT00000001"))).isEmpty();
    }

    @Test
    void unknownAnnotationIdsAreTheCallersError() {
        assertThatThrownBy(() -> service.update("nope", null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.reanchor("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
