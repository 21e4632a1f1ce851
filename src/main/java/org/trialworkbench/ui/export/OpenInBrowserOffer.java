package org.trialworkbench.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * After an HTML export, offers to open the file in the system browser (the page is self-contained
 * and printable, so reviewers usually want to look at it at once).
 */
public final class OpenInBrowserOffer {
    private OpenInBrowserOffer() {
    }

    /** Asks, and opens the file through {@code browser} (the platform's "show document") on Open. */
    public static void ask(Window owner, Path html, Consumer<String> browser) {
        ButtonType open = new ButtonType("Open in browser", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The summary was written to\n" + html, open, later);
        alert.initOwner(owner);
        alert.setTitle("Export written");
        alert.setHeaderText("Open the HTML summary in your browser?");
        alert.getDialogPane().setId("openInBrowserOffer");
        alert.showAndWait().filter(open::equals).ifPresent(b -> browser.accept(html.toUri().toString()));
    }
}
