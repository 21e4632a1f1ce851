package org.trialworkbench.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.scene.layout.Region;

/**
 * The small "✎ concern" badge the comparison panels put on an annotated cell, row or trial header,
 * coloured by the note's tag (the tag is also written, so colour is never the only sign). Hidden and
 * taking no room while its target has no note. The marked node gets the {@link #ANNOTATED} pseudo-class.
 */
public final class AnnotationBadge extends Label {
    /** {@code :annotated}, set on the node that carries a note (cell, row, header). */
    public static final PseudoClass ANNOTATED = PseudoClass.getPseudoClass("annotated");
    /** The badge's styles; panels add it to their own stylesheets. */
    public static final String STYLESHEET = AnnotationBadge.class
            .getResource("/org/trialworkbench/ui/annotation-marks.css").toExternalForm();

    private final Tooltip tooltip = new Tooltip();
    private String tagClass;

    public AnnotationBadge() {
        getStyleClass().add("annotation-badge");
        setMinWidth(Region.USE_PREF_SIZE);
        setFocusTraversable(false);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(300));
        show(null);
    }

    /**
     * Shows {@code mark} (null hides the badge) and sets {@code :annotated} on {@code marked}, with
     * the notes' lines as its accessible help (read by screen readers after the node's text).
     */
    public void show(AnnotationMark mark, Node marked) {
        show(mark);
        if (marked != null) {
            mark(marked, mark);
        }
    }

    /** Sets or clears {@code :annotated} and the accessible help on a marked node. */
    public static void mark(Node marked, AnnotationMark mark) {
        marked.pseudoClassStateChanged(ANNOTATED, mark != null);
        marked.setAccessibleHelp(mark == null ? null : String.join(". ", mark.tooltipLines()));
    }

    /** Shows {@code mark}; null hides the badge. */
    public void show(AnnotationMark mark) {
        if (tagClass != null) {
            getStyleClass().remove(tagClass);
            tagClass = null;
        }
        setVisible(mark != null);
        setManaged(mark != null);
        pseudoClassStateChanged(ANNOTATED, mark != null);
        if (mark == null) {
            setText("");
            setAccessibleText(null);
            setTooltip(null);
            return;
        }
        tagClass = mark.styleClass();
        getStyleClass().add(tagClass);
        setText(mark.badgeText());
        setAccessibleText(String.join(". ", mark.tooltipLines()));
        tooltip.setText(String.join("\n", mark.tooltipLines()));
        setTooltip(tooltip);
    }
}
