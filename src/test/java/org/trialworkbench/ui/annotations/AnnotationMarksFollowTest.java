package org.trialworkbench.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialworkbench.service.TrialAnnotation;
import org.trialworkbench.ui.AnnotationMarks;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.TestTrials;

/** The window's marks follow every read of the notes: comparison, filters, delete, undo, redo; without a window. */
class AnnotationMarksFollowTest {
    private static final String NCT = "NCT01000001";
    private static final String JRCT = "jRCT2031200001";
    private final FakeAnnotations notes = new FakeAnnotations();
    private final AppState state = new AppState();
    private final AnnotationActions actions = new AnnotationActions(notes, null,
            new FakeCatalog(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()), new SameThreadTaskRunner(),
            state, new SimpleStringProperty("Ada"), null);
    private final AnnotationMarks marks = state.annotationMarks();

    @BeforeEach
    void notes() {
        notes.add(NCT, "criterion:I1", "concern", "ECOG 2 excluded here", "Ada");
        notes.add(NCT, "outcome:P1", "match", "Same DLT window", "Grace");
        notes.add("NCT09999999", "trial", "concern", "not compared", "Ada");
    }

    private TrialAnnotation listed(String target) {
        return actions.list().items().stream().filter(e -> e.annotation().target().equals(target)).findFirst()
                .orElseThrow();
    }

    @Test
    void marksTheComparedTrialsNotesWhateverTheFilter() {
        assertThat(marks.asMap()).isEmpty();
        state.compare(List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));
        assertThat(marks.of(NCT, "criterion:I1").badgeText()).isEqualTo("✎ concern");
        assertThat(marks.of(NCT, "outcome:P1")).isNotNull();
        assertThat(marks.of("NCT09999999", "trial")).isNull(); // not compared

        actions.list().tagProperty().set("match"); // the pane lists fewer notes; the panels still mark all
        assertThat(actions.list().items()).hasSize(1);
        assertThat(marks.of(NCT, "criterion:I1")).isNotNull();

        state.compare(List.of());
        assertThat(marks.asMap()).isEmpty();
    }

    @Test
    void aDeletedNoteLosesItsMarkAndUndoAndRedoFollow() {
        state.compare(List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));
        actions.delete(listed("outcome:P1"));
        assertThat(marks.of(NCT, "outcome:P1")).isNull();
        assertThat(marks.of(NCT, "criterion:I1")).isNotNull();

        actions.undo();
        assertThat(marks.of(NCT, "outcome:P1").tooltipLines()).containsExactly("Annotated: match — Same DLT window");
        actions.redo();
        assertThat(marks.of(NCT, "outcome:P1")).isNull();
    }

    @Test
    void anAddedNoteIsMarkedOnTheNextRead() {
        state.compare(List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));
        notes.add(JRCT, "trial", "unclear", "Which population?", "Ada");
        assertThat(marks.of(JRCT, "trial")).isNull();
        actions.list().refresh();
        assertThat(marks.of(JRCT, "trial").badgeText()).isEqualTo("✎ unclear");
        assertThat(marks.of(NCT, "trial")).isNull();
    }
}
