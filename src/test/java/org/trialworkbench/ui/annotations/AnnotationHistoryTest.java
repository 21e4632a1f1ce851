package org.trialworkbench.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;

/** Undo and redo of note and correction changes, on in-memory use cases. */
class AnnotationHistoryTest {
    private final FakeAnnotations notes = new FakeAnnotations();
    private final FakeCorrections corrections = new FakeCorrections();
    private final AnnotationHistory history = new AnnotationHistory(notes, corrections);

    @Test
    void undoOfAnAddDeletesTheNoteAndRedoPutsTheSameNoteBack() {
        Annotation added = history.add("NCT1", "criterion:I2", "concern", "ANC too low?", "Ada");
        assertThat(notes.count()).isEqualTo(1);

        assertThat(history.undo()).contains(new AnnotationHistory.Step("add note on criterion:I2", false));
        assertThat(notes.count()).isZero();
        assertThat(history.canRedo()).isTrue();

        history.redo();
        assertThat(notes.stored(added.id())).isEqualTo(added); // same id, times and anchor
    }

    @Test
    void undoOfAnEditRestoresThePreviousVersionAndRedoTheEditedOne() {
        Annotation before = history.add("NCT1", "trial", "match", "same population", "Ada");
        Annotation after = history.update("NCT1", before, "differs", "older population");
        assertThat(notes.stored(before.id()).note()).isEqualTo("older population");

        history.undo();
        assertThat(notes.stored(before.id())).isEqualTo(before);
        history.redo();
        assertThat(notes.stored(before.id())).isEqualTo(after);
    }

    @Test
    void undoOfADeleteRestoresTheNote() {
        Annotation a = history.add("NCT1", "outcome:P1", null, "check the time frame", "Ada");
        history.delete("NCT1", a);
        assertThat(notes.stored(a.id())).isNull();

        history.undo();
        assertThat(notes.stored(a.id())).isEqualTo(a);
        history.undo();
        assertThat(notes.stored(a.id())).isNull();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.undo()).isEmpty();
    }

    @Test
    void aNewChangeEndsTheRedoBranch() {
        history.add("NCT1", "trial", null, "one", "Ada");
        history.undo();
        history.add("NCT1", "trial", null, "two", "Ada");
        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo()).isEmpty();
    }

    @Test
    void aRefusedChangeIsNotRemembered() {
        assertThatThrownBy(() -> history.add("NCT1", "trial", null, "x", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(history.canUndo()).isFalse();
        assertThatThrownBy(() -> history.correct("NCT1", "criterion:I1", "kind", "bad", "Ada"))
                .hasMessageContaining("not a number");
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void undoOfANewCorrectionDeletesItAndOfAChangedOneRestoresThePrevious() {
        Correction first = history.correct("NCT1", "criterion:I1", "kind", "EXCLUSION", "Ada");
        Correction second = history.correct("NCT1", "criterion:I1", "kind", "INCLUSION", "Ada");
        assertThat(second.id()).isEqualTo(first.id());

        history.undo();
        assertThat(corrections.byId.get(first.id())).isEqualTo(first);
        history.undo();
        assertThat(corrections.byId).isEmpty();
        history.redo();
        history.redo();
        assertThat(corrections.byId.get(first.id())).isEqualTo(second);
    }

    @Test
    void undoOfADeletedCorrectionRestoresIt() {
        Correction c = history.correct("NCT1", "criterion:I1", "kind", "EXCLUSION", "Ada");
        history.deleteCorrection("NCT1", c);
        assertThat(corrections.byId).isEmpty();
        assertThat(history.undo()).contains(new AnnotationHistory.Step("delete correction of kind of criterion:I1", true));
        assertThat(corrections.byId.get(c.id())).isEqualTo(c);
    }

    @Test
    void reanchorIsUndoneToTheFlaggedNote() {
        Annotation flagged = notes.restore("NCT1", new Annotation("x1", "criterion:I1", null, "n", "Ada",
                java.time.Instant.EPOCH, null, "old text", true));
        Annotation anchored = history.reanchor("NCT1", flagged);
        assertThat(anchored.sourceChanged()).isFalse();
        history.undo();
        assertThat(notes.stored("x1")).isEqualTo(flagged);
    }

    @Test
    void onlyTheLastChangesAreKept() {
        for (int i = 0; i < AnnotationHistory.LIMIT + 5; i++) {
            history.add("NCT1", "trial", null, "n" + i, "Ada");
        }
        int undone = 0;
        while (history.undo().isPresent()) {
            undone++;
        }
        assertThat(undone).isEqualTo(AnnotationHistory.LIMIT);
        assertThat(notes.count()).isEqualTo(5);
    }
}
