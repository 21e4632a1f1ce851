package org.trialworkbench.service;

import java.util.Collection;
import java.util.List;
import org.trialworkbench.model.Annotation;

/**
 * A reviewer's notes on trials, as the window's annotation pane uses them. Every change is saved
 * at once. Undo/redo is the window's: it keeps the annotation before the change and puts it back
 * with {@link #restore} (or removes an added one with {@link #delete}).
 *
 * <p>Errors: {@link IllegalArgumentException} for an unknown trial or annotation id, a target
 * that is not valid or not in the trial, or a missing author; store failures as
 * {@link org.trialworkbench.store.StoreException}.
 */
public interface AnnotationUseCase {
    /** The tags offered first; any other text is a tag too. */
    List<String> STANDARD_TAGS = List.of("match", "differs", "concern", "unclear");

    /**
     * Adds a note on a target of a trial: {@code trial}, {@code field:NAME} (a trial field such as
     * {@code overallStatus}, {@code eligibility.minimumAge}), {@code criterion:I1},
     * {@code outcome:P1}, {@code cohort:C1}, {@code arm:LABEL}, {@code intervention:NAME}. The
     * target's current source text becomes the note's anchor. {@code tag} may be null, a null
     * note is an empty one.
     *
     * @param trialId the trial's id or any of its registry ids
     * @return the note as stored (new id, createdAt now, anchorText set)
     */
    Annotation add(String trialId, String target, String tag, String note, String author);

    /** Changes a note's tag and text; sets updatedAt. Returns the note as stored. */
    Annotation update(String annotationId, String tag, String note);

    /** Deletes a note; an unknown id is no error. */
    void delete(String annotationId);

    /**
     * Puts back exactly this note (same id, texts, times, anchor) on the trial: re-adds a deleted
     * one or undoes an edit. Returns it as stored.
     */
    Annotation restore(String trialId, Annotation annotation);

    /**
     * Accepts the current source text under a note flagged {@code sourceChanged}: the anchor
     * becomes the current text and the flag is cleared. Refused when the target is gone.
     */
    Annotation reanchor(String annotationId);

    /**
     * The notes of these trials (ids or registry ids) that pass the filter, trial by trial in the
     * order given, each trial's oldest first. Anchors are checked against the stored trial, so a
     * note whose source changed is flagged even before the next import records it.
     */
    List<TrialAnnotation> list(Collection<String> trialIds, AnnotationFilter filter);
}
