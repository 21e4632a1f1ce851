package org.trialworkbench.ui.annotations;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;
import org.trialworkbench.service.AnnotationUseCase;
import org.trialworkbench.service.CorrectionUseCase;
import org.trialworkbench.service.TrialAnnotation;
import org.trialworkbench.service.TrialCatalog;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.TaskRunner;

/**
 * What the Annotate menu, its shortcuts and the side pane do: open the editors on the selected
 * item, save through the {@link AnnotationHistory} in the background, undo and redo, and afterwards
 * refresh the side pane (and, after a correction, reload the compared trials so the panels show
 * the corrected view). Dialogs open on the UI thread only; the store is touched only in the runner.
 */
public final class AnnotationActions {
    private final AnnotationHistory history;
    private final CorrectionUseCase corrections;
    private final AnnotationListViewModel list;
    private final TaskRunner runner;
    private final AppState state;
    private final StringProperty reviewerName;
    private final Window owner;
    private final TrialCatalog catalog;

    /**
     * @param reviewerName   the saved reviewer name (null until asked; set here when asked)
     * @param catalog        the window's catalog, to reload the compared trials after corrections
     */
    public AnnotationActions(AnnotationUseCase annotations, CorrectionUseCase corrections, TrialCatalog catalog,
                             TaskRunner runner, AppState state, StringProperty reviewerName, Window owner) {
        this.history = new AnnotationHistory(annotations, corrections);
        this.corrections = corrections;
        this.list = new AnnotationListViewModel(annotations, runner, state);
        this.runner = runner;
        this.state = state;
        this.reviewerName = reviewerName;
        this.owner = owner;
        this.catalog = catalog;
    }

    public AnnotationListViewModel list() {
        return list;
    }

    /** The selected item, or else the first compared trial as a whole; empty when nothing is compared. */
    public Optional<SelectedTarget> target() {
        SelectedTarget selected = state.selectedTargetProperty().get();
        if (selected != null) {
            return Optional.of(selected);
        }
        List<String> ids = state.comparedIds();
        return ids.isEmpty() ? Optional.empty() : Optional.of(new SelectedTarget(ids.get(0), "trial"));
    }

    /** Annotate → Annotate selected item…: the editor on the selected item; saves a new note. */
    public void annotateSelected() {
        Optional<SelectedTarget> target = target();
        if (target.isEmpty()) {
            state.setStatus("Compare a trial first, then select what to annotate");
            return;
        }
        SelectedTarget t = target.get();
        author().ifPresent(author -> new AnnotationEditorDialog(owner, t.trialId(), t.target(), null, tags()).ask()
                .ifPresent(in -> change(() -> history.add(t.trialId(), t.target(), in.tag(), in.note(), author),
                        "Note added on " + AnnotationTexts.target(t.target()) + " of " + t.trialId(), false)));
    }

    /** Opens the editor on an existing note; saves the change. */
    public void edit(TrialAnnotation entry) {
        new AnnotationEditorDialog(owner, entry.trialId(), entry.annotation().target(), entry.annotation(), tags()).ask()
                .ifPresent(in -> change(() -> history.update(entry.trialId(), entry.annotation(), in.tag(), in.note()),
                        "Note changed", false));
    }

    /** Deletes a note (undoable, so without asking). */
    public void delete(TrialAnnotation entry) {
        change(() -> {
            history.delete(entry.trialId(), entry.annotation());
            return null;
        }, "Note deleted (Ctrl+Z brings it back)", false);
    }

    /** "Accept current source" on a note whose source changed. */
    public void reanchor(TrialAnnotation entry) {
        change(() -> history.reanchor(entry.trialId(), entry.annotation()), "Note anchored on the current source",
                false);
    }

    /** Undoes the last note or correction change (Ctrl+Z). */
    public void undo() {
        step(history::undo, "Undone: ", "Nothing to undo");
    }

    /** Makes the last undone change again (Ctrl+Shift+Z). */
    public void redo() {
        step(history::redo, "Redone: ", "Nothing to redo");
    }

    private void step(Callable<Optional<AnnotationHistory.Step>> work, String done, String nothing) {
        runner.submit(work, step -> step.ifPresentOrElse(d -> afterChange(done + d.description(), d.correction()),
                () -> state.setStatus(nothing)), e -> state.setStatus("Could not undo or redo: " + e.getMessage()));
    }

    /** Annotate → Correct reading…: the correction dialog on the selected item when it is correctable. */
    public void correctSelected() {
        Optional<SelectedTarget> target = Optional.ofNullable(state.selectedTargetProperty().get());
        if (corrections == null || target.isEmpty() || corrections.correctableFields(target.get().target()).isEmpty()) {
            state.setStatus("Select a criterion, outcome or cohort to correct its reading");
            return;
        }
        SelectedTarget t = target.get();
        author().ifPresent(author -> runner.submit(() -> corrections.corrected(t.trialId())
                        .map(trial -> CorrectionChoice.of(corrections, trial, t.target())).orElse(List.of()),
                choices -> openCorrection(t, choices, author),
                e -> state.setStatus("Could not read " + t.trialId() + ": " + e.getMessage())));
    }

    private void openCorrection(SelectedTarget t, List<CorrectionChoice> choices, String author) {
        if (choices.isEmpty()) {
            state.setStatus(AnnotationTexts.target(t.target()) + " of " + t.trialId() + " has nothing to correct");
            return;
        }
        new CorrectionDialog(owner, t.trialId(), t.target(), choices,
                (choice, value, done, refused) -> inDialog(
                        () -> history.correct(t.trialId(), choice.target(), choice.field(), value, author), done,
                        refused, saved -> "Corrected " + choice.label() + " of " + AnnotationTexts.target(t.target())
                                + ": " + (saved.correctedValue() == null ? "none stated" : saved.correctedValue())),
                (choice, done, refused) -> inDialog(() -> {
                    history.deleteCorrection(t.trialId(), choice.current());
                    return choice;
                }, done, refused, removed -> "Correction of " + choice.label() + " removed; the reading shows again"))
                .show();
    }

    /** Runs a dialog's store change; closes it and reloads on success, shows the refusal in it otherwise. */
    private <T> void inDialog(Callable<T> work, Runnable done, Consumer<String> refused,
                              java.util.function.Function<T, String> message) {
        runner.submit(work, result -> {
            done.run();
            afterChange(message.apply(result), true);
        }, e -> refused.accept(e instanceof IllegalArgumentException ? e.getMessage()
                : "Could not save: " + e.getMessage()));
    }

    /** Runs a store change in the background; a refused one is told in the status line. */
    private void change(Callable<Object> work, String done, boolean reloadTrials) {
        runner.submit(work, result -> afterChange(done, reloadTrials), e -> state.setStatus("Not saved: " + e.getMessage()));
    }

    private void afterChange(String message, boolean reloadTrials) {
        state.setStatus(message);
        list.refresh();
        List<String> ids = state.comparedIds();
        if (reloadTrials && !ids.isEmpty()) {
            // The panels show what the catalog loads: reload so a (un)done correction shows.
            runner.submit(() -> catalog.loadAll(ids), trials -> {
                if (state.comparedIds().equals(ids)) {
                    state.compare(trials);
                    state.setStatus(message);
                }
            }, e -> state.setStatus("Could not reload the compared trials: " + e.getMessage()));
        }
    }

    /** Annotate → Reviewer name…: changes the name later notes and corrections carry. */
    public void changeReviewerName() {
        ReviewerNameDialog.ask(owner, reviewerName.get()).ifPresent(name -> {
            reviewerName.set(name);
            state.setStatus("Your notes are now signed " + name);
        });
    }

    /** The reviewer's name, asked once and then kept; empty when they cancel. */
    private Optional<String> author() {
        String name = reviewerName.get();
        if (name != null && !name.isBlank()) {
            return Optional.of(name);
        }
        Optional<String> asked = ReviewerNameDialog.ask(owner, System.getProperty("user.name", ""));
        asked.ifPresent(reviewerName::set);
        return asked;
    }

    private List<String> tags() {
        return list.tagChoices().stream().filter(t -> !t.isBlank()).toList();
    }
}
