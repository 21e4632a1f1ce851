package org.trialworkbench.ui.reread;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.trialworkbench.service.RereadReport;

/** The confirmation before reading all trials again, and the result afterwards. */
public final class RereadDialogs {
    private RereadDialogs() {
    }

    /** Asks before the run; true when the reviewer confirms. Waits for the answer. */
    public static boolean confirm(Window owner) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle("Read all trials again");
        ask.setHeaderText("Read every stored trial again with this version's readers?");
        ask.setContentText("""
                Each trial is read again from the records stored with it (criteria, thresholds, \
                schedules, cohorts) and saved where the new reading differs. Your notes and \
                corrections are kept; a note whose text changed is flagged "source changed". \
                Trials restored from an export cannot be read again and are kept as they are.

                You can cancel: trials read until then keep their new reading.""");
        ask.getDialogPane().setId("rereadConfirmPane");
        ask.getDialogPane().setPrefWidth(520);
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** Shows the result line and the trials kept as stored, with the reason; does not wait. */
    public static void showResult(Window owner, RereadReport report) {
        Alert result = new Alert(Alert.AlertType.INFORMATION);
        result.initOwner(owner);
        result.setTitle("Read all trials again");
        result.setHeaderText(report.summaryLine());
        result.getDialogPane().setId("rereadResultPane");
        if (!report.kept().isEmpty()) {
            StringBuilder kept = new StringBuilder();
            report.kept().forEach(k -> kept.append(k.trialId()).append(": ").append(k.reason()).append('\n'));
            TextArea list = new TextArea(kept.toString().strip());
            list.setId("rereadKeptList");
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefRowCount(Math.min(8, report.kept().size() + 1));
            result.getDialogPane().setContent(list);
        } else {
            result.setContentText(null);
        }
        result.getDialogPane().setPrefWidth(560);
        result.show();
    }
}
