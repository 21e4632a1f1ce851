package org.trialworkbench.ui.importing;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Lists an import's failures and warnings, one line each; non-modal so work can go on. */
public final class ImportProblemsDialog {

    private ImportProblemsDialog() {
    }

    public static void show(Window owner, ImportResult result) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle("Import problems");
        alert.setHeaderText(result.problems().size() + " problems — " + result.report().summaryLine());
        ListView<String> list = new ListView<>();
        list.setId("importProblemsList");
        list.getItems().setAll(result.problems());
        list.setPrefSize(720, 280);
        Label note = new Label("Records that could not be read were not stored; nothing was guessed.");
        note.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, note, list));
        alert.setResizable(true);
        alert.show();
    }
}
