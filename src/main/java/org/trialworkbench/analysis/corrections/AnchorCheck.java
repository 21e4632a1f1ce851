package org.trialworkbench.analysis.corrections;

import java.util.List;
import java.util.Optional;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Trial;

/**
 * Compares each note's and correction's anchor with the trial's current text: when the text
 * changed or the target is gone, the note is flagged {@code sourceChanged} and kept as it is (its
 * anchor still says what it was made on). A flag stays until the reviewer re-anchors. A note
 * without anchor (made before anchors existed) is anchored on the current text.
 */
public final class AnchorCheck {
    private AnchorCheck() {
    }

    /** The trial with its annotations' and corrections' anchors checked; the rest unchanged. */
    public static Trial check(Trial trial) {
        List<Annotation> annotations = trial.annotations().stream().map(a -> check(trial, a)).toList();
        List<Correction> corrections = trial.corrections().stream().map(c -> check(trial, c)).toList();
        if (annotations.equals(trial.annotations()) && corrections.equals(trial.corrections())) {
            return trial;
        }
        return trial.toBuilder().annotations(annotations).corrections(corrections).build();
    }

    public static Annotation check(Trial trial, Annotation a) {
        Optional<String> now = TargetAnchors.textOf(trial, a.target());
        if (a.anchorText() == null) {
            return now.map(text -> a.withAnchor(text, a.sourceChanged())).orElse(a.withAnchor(null, true));
        }
        boolean changed = a.sourceChanged() || now.isEmpty() || !TargetAnchors.same(now.get(), a.anchorText());
        return changed == a.sourceChanged() ? a : a.withAnchor(a.anchorText(), true);
    }

    public static Correction check(Trial trial, Correction c) {
        Optional<String> now = TargetAnchors.textOf(trial, c.target());
        if (c.anchorText() == null) {
            return now.map(text -> c.withAnchor(text, c.sourceChanged())).orElse(c.withAnchor(null, true));
        }
        boolean changed = c.sourceChanged() || now.isEmpty() || !TargetAnchors.same(now.get(), c.anchorText());
        return changed == c.sourceChanged() ? c : c.withAnchor(c.anchorText(), true);
    }
}
