package org.trialworkbench.ui.eligibility;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Installs a node's tooltip when the pointer first enters the node. A {@link Tooltip} is a popup
 * window with its own scene: making one for each of the grid's cells and headers up front cost
 * about a quarter of the panel's build time, though only the hovered few are ever shown.
 */
final class LazyTooltip {
    private static final double MAX_WIDTH = 480;

    private LazyTooltip() {
    }

    /** On the first hover, installs a wrapping tooltip with the text {@code text} gives then. */
    static void install(Node node, Supplier<String> text) {
        boolean[] installed = {false};
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (!installed[0]) {
                installed[0] = true;
                Tooltip.install(node, of(text.get()));
            }
        });
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
