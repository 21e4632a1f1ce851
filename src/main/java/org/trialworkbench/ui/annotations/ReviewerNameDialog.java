package org.trialworkbench.ui.annotations;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks once for the reviewer's name, the author of every note and correction they make. */
final class ReviewerNameDialog {
    private ReviewerNameDialog() {
    }

    /** The name entered (stripped, not blank), or empty when cancelled. */
    static Optional<String> ask(Window owner, String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested == null ? "" : suggested);
        dialog.initOwner(owner);
        dialog.setTitle("Your name");
        dialog.setHeaderText("Your notes and corrections carry your name as their author.");
        dialog.setContentText("Name:");
        dialog.getDialogPane().setId("reviewerNameDialog");
        dialog.getEditor().setId("reviewerNameField");
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
