package org.trialworkbench.ui.eligibility;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A node's tooltip, made when the pointer first enters the node. A {@link Tooltip} is a popup
 * window with its own scene: making one for each of the grid's cells and headers up front cost
 * about a quarter of the panel's build time, though only the hovered few are ever shown.
 */
final class LazyTooltip {
    private static final double MAX_WIDTH = 480;

    private final Supplier<String> text;
    private Tooltip tooltip;

    private LazyTooltip(Supplier<String> text) {
        this.text = text;
    }

    /** On the first hover, installs a wrapping tooltip with the text {@code text} gives then. */
    static LazyTooltip install(Node node, Supplier<String> text) {
        LazyTooltip lazy = new LazyTooltip(text);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (lazy.tooltip == null) {
                lazy.tooltip = of(text.get());
                Tooltip.install(node, lazy.tooltip);
            }
        });
        return lazy;
    }

    /** Asks the text again when the tooltip exists already (its source changed, e.g. a note was added). */
    void refresh() {
        if (tooltip != null) {
            tooltip.setText(text.get());
        }
    }

    static Tooltip of(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(MAX_WIDTH);
        t.setShowDelay(Duration.millis(400));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
