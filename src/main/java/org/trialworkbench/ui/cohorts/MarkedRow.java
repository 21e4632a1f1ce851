package org.trialworkbench.ui.cohorts;

import java.util.function.Function;
import javafx.scene.control.TableRow;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMark;

/** A table row that carries {@code :annotated} (and the notes as accessible help) while its cohort, arm or intervention has notes. */
final class MarkedRow<R> extends TableRow<R> {
    private final Function<R, AnnotationMark> mark;

    MarkedRow(Function<R, AnnotationMark> mark) {
        this.mark = mark;
    }

    @Override
    protected void updateItem(R item, boolean empty) {
        super.updateItem(item, empty);
        AnnotationBadge.mark(this, empty || item == null ? null : mark.apply(item));
    }
}
