package org.trialworkbench.ui;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.service.TrialAnnotation;

/**
 * Which targets of which compared trials carry notes: one {@link AnnotationMark} per
 * (trial id, target) in the targets' schema forms ({@code trial}, {@code criterion:I1},
 * {@code outcome:P1}, {@code cohort:C1}, {@code field:eligibility.minimumAge}, ...), the keys the
 * panels put in {@link AppState#selectedTargetProperty()}. Filled from the unfiltered note list of
 * the compared trials each time the Annotations pane reads it (after a comparison change, an
 * import, and every add, edit, delete, undo and redo).
 *
 * <p>A new list changes only the entries that differ, then bumps {@link #revisionProperty()} once:
 * panels re-mark their nodes on the revision instead of rebuilding. UI thread only.
 */
public final class AnnotationMarks {
    private final ObservableMap<SelectedTarget, AnnotationMark> marks = FXCollections.observableHashMap();
    private final ObservableMap<SelectedTarget, AnnotationMark> readOnly = FXCollections.unmodifiableObservableMap(marks);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** Every marked target; read-only. */
    public ObservableMap<SelectedTarget, AnnotationMark> asMap() {
        return readOnly;
    }

    /** Counts the changes: incremented once after each {@link #show} or {@link #clear} that changed a mark. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The mark of one target of one trial; null when it has no note. */
    public AnnotationMark of(String trialId, String target) {
        return trialId == null || target == null ? null : marks.get(new SelectedTarget(trialId, target));
    }

    /** The mark of a selected target; null when it has no note. */
    public AnnotationMark of(SelectedTarget target) {
        return target == null ? null : marks.get(target);
    }

    /** The notes on any of {@code targets} of one trial (a cell showing several criteria); null when none has one. */
    public AnnotationMark ofAny(String trialId, Collection<String> targets) {
        AnnotationMark combined = null;
        for (String t : targets) {
            combined = AnnotationMark.combine(combined, of(trialId, t));
        }
        return combined;
    }

    /** Replaces the marks by those of {@code notes} (all notes of the compared trials, unfiltered). */
    public void show(List<TrialAnnotation> notes) {
        Map<SelectedTarget, List<Annotation>> grouped = new LinkedHashMap<>();
        for (TrialAnnotation n : notes) {
            grouped.computeIfAbsent(new SelectedTarget(n.trialId(), n.annotation().target()),
                    k -> new java.util.ArrayList<>()).add(n.annotation());
        }
        boolean changed = marks.keySet().removeIf(k -> !grouped.containsKey(k));
        for (Map.Entry<SelectedTarget, List<Annotation>> e : grouped.entrySet()) {
            AnnotationMark mark = new AnnotationMark(e.getValue());
            if (!mark.equals(marks.get(e.getKey()))) {
                marks.put(e.getKey(), mark);
                changed = true;
            }
        }
        if (changed) {
            revision.set(revision.get() + 1);
        }
    }

    /** Removes every mark (nothing is compared). */
    public void clear() {
        show(List.of());
    }
}
