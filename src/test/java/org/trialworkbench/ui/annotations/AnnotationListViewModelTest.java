package org.trialworkbench.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.service.TrialAnnotation;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.TestTrials;

/** The side pane's list: what the compared trials' notes are and how the filters narrow them, without a window. */
class AnnotationListViewModelTest {
    private final FakeAnnotations notes = new FakeAnnotations();
    private final AppState state = new AppState();
    private final AnnotationListViewModel model = new AnnotationListViewModel(notes, new SameThreadTaskRunner(), state);

    @BeforeEach
    void notes() {
        notes.add("NCT01000001", "criterion:I1", "concern", "ECOG 2 excluded here", "Ada");
        notes.add("NCT01000001", "outcome:P1", "match", "Same DLT window", "Grace");
        notes.add("jRCT2031200001", "trial", "needs-sponsor", "Ask the sponsor about ecog", "ada");
        notes.add("NCT09999999", "trial", "concern", "not compared", "Ada");
    }

    private List<String> shownNotes() {
        return model.items().stream().map(e -> e.annotation().note()).toList();
    }

    @Test
    void listsTheNotesOfTheComparedTrialsOnlyInColumnOrder() {
        assertThat(model.items()).isEmpty();
        state.compare(List.of(TestTrials.randomizedPhase2(), TestTrials.doseEscalation()));
        assertThat(model.items()).extracting(TrialAnnotation::trialId)
                .containsExactly("jRCT2031200001", "NCT01000001", "NCT01000001");
        state.removeFromComparison("jRCT2031200001");
        assertThat(shownNotes()).containsExactly("ECOG 2 excluded here", "Same DLT window");
        state.compare(List.of());
        assertThat(model.items()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // tag       | author | text    | notes shown
        "concern     |        |         | ECOG 2 excluded here",
        "MATCH       |        |         | Same DLT window",
        "            | ADA    |         | ECOG 2 excluded here;Ask the sponsor about ecog",
        "            |        | ecog    | ECOG 2 excluded here;Ask the sponsor about ecog",
        "            |        | outcome | Same DLT window",
        "concern     | grace  |         | ''",
        "            |        |         | ECOG 2 excluded here;Same DLT window;Ask the sponsor about ecog",
    })
    void filtersByTagAuthorAndText(String tag, String author, String text, String expected) {
        state.compare(List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));
        model.tagProperty().set(tag == null ? "" : tag);
        model.authorProperty().set(author == null ? "" : author);
        model.textProperty().set(text == null ? "" : text);
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertThat(shownNotes()).containsExactlyElementsOf(want);
    }

    @Test
    void offersTheStandardTagsThenTheReviewersOwn() {
        state.compare(List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));
        assertThat(model.tagChoices()).containsExactly("", "match", "differs", "concern", "unclear", "needs-sponsor");
        model.tagProperty().set("concern");
        assertThat(model.tagChoices()).contains("needs-sponsor"); // a narrowed list keeps every tag choosable
    }

    @Test
    void aChangeShowsAfterRefresh() {
        state.compare(List.of(TestTrials.doseEscalation()));
        notes.add("NCT01000001", "cohort:C1", "unclear", "Dose of C1?", "Ada");
        assertThat(model.items()).hasSize(2);
        model.refresh();
        assertThat(shownNotes()).endsWith("Dose of C1?");
    }

    @Test
    void selectingAnEntrySelectsItsTarget() {
        state.compare(List.of(TestTrials.doseEscalation()));
        model.select(model.items().get(1));
        assertThat(state.selectedTargetProperty().get()).isEqualTo(new SelectedTarget("NCT01000001", "outcome:P1"));
    }

    @ParameterizedTest
    @CsvSource({
        "criterion:I2, eligibilityTab", "field:eligibility.minimumAge, eligibilityTab", "outcome:S1, outcomeTab",
        "cohort:C3, cohortsTab", "arm:Arm A, cohortsTab", "intervention:Drug X, cohortsTab", "trial, ",
    })
    void eachTargetHasItsTab(String target, String tab) {
        assertThat(AnnotationTexts.tabOf(target)).isEqualTo(tab);
    }

    @Test
    void datesShowCreationAndLastEdit() {
        Annotation a = new Annotation("x", "trial", null, "n", "Ada", Instant.parse("2026-11-22T01:30:00Z"),
                Instant.parse("2026-11-23T09:05:00Z"));
        assertThat(AnnotationTexts.dates(a, ZoneOffset.UTC)).isEqualTo("created 2026-11-22 01:30 · edited 2026-11-23 09:05");
        assertThat(AnnotationTexts.tag(a)).isEqualTo("no tag");
        assertThat(AnnotationTexts.target("criterion:I2")).isEqualTo("criterion I2");
    }
}
