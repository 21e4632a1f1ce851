package org.trialworkbench.ui.annotations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.service.AnnotationFilter;
import org.trialworkbench.service.AnnotationUseCase;
import org.trialworkbench.service.TrialAnnotation;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.TaskRunner;

/**
 * The Annotations side pane's state: the notes of the compared trials that pass the filters (tag,
 * author, text), re-read in the background whenever the comparison, the store or a filter changes. Only the
 * newest request's answer is shown, so a slow old read never overwrites a newer one. Each read also
 * refreshes {@link AppState#annotationMarks()} with all notes (unfiltered), which the panels mark.
 */
public final class AnnotationListViewModel {
    /** The tag choice meaning "any tag". */
    public static final String ANY_TAG = "";

    private final AnnotationUseCase annotations;
    private final TaskRunner runner;
    private final AppState state;
    private final ObservableList<TrialAnnotation> items = FXCollections.observableArrayList();
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();
    private final StringProperty tag = new SimpleStringProperty(ANY_TAG);
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final Set<String> seenTags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private long generation;

    public AnnotationListViewModel(AnnotationUseCase annotations, TaskRunner runner, AppState state) {
        this.annotations = annotations;
        this.runner = runner;
        this.state = state;
        updateTagChoices();
        state.comparedTrials().addListener((ListChangeListener<Object>) c -> refresh());
        // An import may change a note's source text: read the flags again.
        state.storedCountProperty().addListener((o, a, b) -> refresh());
        tag.addListener((o, a, b) -> refresh());
        author.addListener((o, a, b) -> refresh());
        text.addListener((o, a, b) -> refresh());
    }

    /** The shown notes, trial by trial in column order, each trial's oldest first. */
    public ObservableList<TrialAnnotation> items() {
        return items;
    }

    /** The compared trials whose notes are listed. */
    public ObservableList<org.trialworkbench.model.Trial> comparedTrials() {
        return state.comparedTrials();
    }

    /** "Any tag", the standard tags, then every other tag seen in the compared trials. */
    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    /** The tag filter; {@link #ANY_TAG} (or blank) for any. */
    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The filter the list is read with now. */
    public AnnotationFilter filter() {
        String t = tag.get();
        Set<String> tags = t == null || t.isBlank() ? Set.of() : Set.of(t.strip());
        return new AnnotationFilter(tags, author.get(), text.get(), false);
    }

    /** Reads the list again in the background (after a change, an undo, an import). */
    public void refresh() {
        long request = ++generation;
        List<String> ids = state.comparedIds();
        AnnotationFilter filter = filter();
        if (ids.isEmpty()) {
            items.clear();
            state.annotationMarks().clear();
            return;
        }
        runner.submit(() -> new Lists(annotations.list(ids, filter), annotations.list(ids, AnnotationFilter.ALL)),
                lists -> {
                    if (request == generation) {
                        show(lists);
                    }
                },
                e -> state.setStatus("Could not read the annotations: " + e.getMessage()));
    }

    /** Selects the note's target in the window (the panels follow {@code selectedTargetProperty}). */
    public void select(TrialAnnotation entry) {
        state.selectedTargetProperty().set(new SelectedTarget(entry.trialId(), entry.annotation().target()));
    }

    private record Lists(List<TrialAnnotation> shown, List<TrialAnnotation> all) {
    }

    private void show(Lists lists) {
        items.setAll(lists.shown());
        // The panels mark every note, whatever the pane's filters.
        state.annotationMarks().show(lists.all());
        lists.all().stream().map(TrialAnnotation::annotation).map(Annotation::tag)
                .filter(t -> t != null && !t.isBlank()).forEach(seenTags::add);
        updateTagChoices();
    }

    private void updateTagChoices() {
        Set<String> choices = new LinkedHashSet<>();
        choices.add(ANY_TAG);
        choices.addAll(AnnotationUseCase.STANDARD_TAGS);
        seenTags.stream().filter(t -> AnnotationUseCase.STANDARD_TAGS.stream().noneMatch(t::equalsIgnoreCase))
                .forEach(choices::add);
        if (!tagChoices.equals(List.copyOf(choices))) {
            String keep = tag.get();
            tagChoices.setAll(choices);
            tag.set(keep);
        }
    }
}
