package org.trialworkbench.ui.annotations;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.stream.Stream;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.service.AnnotationUseCase;
import org.trialworkbench.service.CorrectionUseCase;

/**
 * The reviewer's annotation and correction changes as an undo/redo stack. Each change is made
 * through the use cases at once and remembered as a command that knows its inverse: an added note
 * is deleted on undo, an edited one restored to its previous version, a deleted one restored (same
 * id and times); corrections likewise through deleteCorrection / restoreCorrection.
 *
 * <p>Every method touches the store: call it off the UI thread (the window does so through its
 * {@code TaskRunner}). Methods are synchronized so two background threads never interleave a change
 * with an undo. A change that fails leaves the stacks as they were.
 */
public final class AnnotationHistory {
    /** How many changes can be undone. */
    static final int LIMIT = 200;

    /** An undone or redone change: what it was, and whether it changed a correction (the trials then look different). */
    public record Step(String description, boolean correction) {
    }

    /** One undoable change. */
    private interface Command {
        void undo();

        void redo();

        Step step();
    }

    private final AnnotationUseCase annotations;
    private final CorrectionUseCase corrections;
    private final Deque<Command> undoStack = new ArrayDeque<>();
    private final Deque<Command> redoStack = new ArrayDeque<>();

    /** {@code corrections} may be null when only notes are edited. */
    public AnnotationHistory(AnnotationUseCase annotations, CorrectionUseCase corrections) {
        this.annotations = annotations;
        this.corrections = corrections;
    }

    /** Adds a note; undo deletes it, redo puts the same note back. */
    public synchronized Annotation add(String trialId, String target, String tag, String note, String author) {
        Annotation added = annotations.add(trialId, target, tag, note, author);
        push(command("add note on " + target, () -> annotations.delete(added.id()),
                () -> annotations.restore(trialId, added)));
        return added;
    }

    /** Changes a note's tag and text; undo restores {@code before}. */
    public synchronized Annotation update(String trialId, Annotation before, String tag, String note) {
        Annotation after = annotations.update(before.id(), tag, note);
        push(command("edit note on " + before.target(), () -> annotations.restore(trialId, before),
                () -> annotations.restore(trialId, after)));
        return after;
    }

    /** Deletes a note; undo restores it. */
    public synchronized void delete(String trialId, Annotation before) {
        annotations.delete(before.id());
        push(command("delete note on " + before.target(), () -> annotations.restore(trialId, before),
                () -> annotations.delete(before.id())));
    }

    /** Accepts the current source under a flagged note; undo puts the old anchor and flag back. */
    public synchronized Annotation reanchor(String trialId, Annotation before) {
        Annotation after = annotations.reanchor(before.id());
        push(command("accept current source for " + before.target(), () -> annotations.restore(trialId, before),
                () -> annotations.restore(trialId, after)));
        return after;
    }

    /**
     * Corrects a value. When the value was corrected before, undo puts that correction back;
     * otherwise undo deletes the new one.
     */
    public synchronized Correction correct(String trialId, String target, String field, String value, String author) {
        Optional<Correction> before = existingCorrection(trialId, target, field);
        Correction after = corrections().correct(trialId, target, field, value, author);
        push(correctionCommand("correct " + field + " of " + target,
                () -> before.ifPresentOrElse(b -> corrections().restoreCorrection(trialId, b),
                        () -> corrections().deleteCorrection(after.id())),
                () -> corrections().restoreCorrection(trialId, after)));
        return after;
    }

    /** Deletes a correction (the reading shows again); undo restores it. */
    public synchronized void deleteCorrection(String trialId, Correction before) {
        corrections().deleteCorrection(before.id());
        push(correctionCommand("delete correction of " + before.field() + " of " + before.target(),
                () -> corrections().restoreCorrection(trialId, before),
                () -> corrections().deleteCorrection(before.id())));
    }

    /** Undoes the last change; what it was, or empty when there was nothing to undo. */
    public synchronized Optional<Step> undo() {
        Command c = undoStack.peek();
        if (c == null) {
            return Optional.empty();
        }
        c.undo();
        redoStack.push(undoStack.pop());
        return Optional.of(c.step());
    }

    /** Makes the last undone change again; what it was, or empty when there was nothing to redo. */
    public synchronized Optional<Step> redo() {
        Command c = redoStack.peek();
        if (c == null) {
            return Optional.empty();
        }
        c.redo();
        undoStack.push(redoStack.pop());
        return Optional.of(c.step());
    }

    public synchronized boolean canUndo() {
        return !undoStack.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redoStack.isEmpty();
    }

    /** Forgets every change (e.g. when the store is replaced). */
    public synchronized void clear() {
        undoStack.clear();
        redoStack.clear();
    }

    private void push(Command c) {
        undoStack.push(c);
        redoStack.clear(); // a new change ends the redo branch
        while (undoStack.size() > LIMIT) {
            undoStack.removeLast();
        }
    }

    private Optional<Correction> existingCorrection(String trialId, String target, String field) {
        return corrections().corrected(trialId).flatMap(t -> Stream.concat(t.applied().stream(), t.notApplied().stream())
                .filter(c -> c.target().equals(target) && c.field().equals(field)).findFirst());
    }

    private CorrectionUseCase corrections() {
        if (corrections == null) {
            throw new IllegalStateException("corrections are not available");
        }
        return corrections;
    }

    private static Command command(String description, Runnable undo, Runnable redo) {
        return command(new Step(description, false), undo, redo);
    }

    private static Command correctionCommand(String description, Runnable undo, Runnable redo) {
        return command(new Step(description, true), undo, redo);
    }

    private static Command command(Step step, Runnable undo, Runnable redo) {
        return new Command() {
            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }

            @Override
            public Step step() {
                return step;
            }
        };
    }
}
