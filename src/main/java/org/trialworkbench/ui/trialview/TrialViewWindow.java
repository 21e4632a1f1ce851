package org.trialworkbench.ui.trialview;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trialworkbench.service.TrialMaintenanceUseCase;
import org.trialworkbench.ui.TaskRunner;
import org.trialworkbench.ui.trials.TrialListPane;

/** Opens the trial view in its own window, and hooks it to the trial list. */
public final class TrialViewWindow {
    private static final String[] CSS = {"/org/trialworkbench/ui/workbench.css",
            "/org/trialworkbench/ui/trialview/trialview.css"};

    private TrialViewWindow() {
    }

    /**
     * Lets the trial list open the trial view (row double-click, context menu "Show trial /
     * sources…"). Does nothing when the application has no maintenance service.
     */
    public static void installOn(TrialListPane list, Window owner, TrialMaintenanceUseCase service, TaskRunner runner,
                                 Runnable storeChanged) {
        if (service != null) {
            list.onShowTrial(id -> show(owner, service, runner, id, storeChanged));
        }
    }

    /** Opens a window on one trial and starts reading it. */
    public static Stage show(Window owner, TrialMaintenanceUseCase service, TaskRunner runner, String trialId,
                             Runnable storeChanged) {
        TrialViewModel model = new TrialViewModel(service, runner, storeChanged);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        TrialViewPane pane = new TrialViewPane(model, question -> confirm(stage, question));
        Scene scene = new Scene(pane, 1040, 680);
        for (String css : CSS) {
            scene.getStylesheets().add(TrialViewWindow.class.getResource(css).toExternalForm());
        }
        stage.setScene(scene);
        stage.titleProperty().bind(model.trialProperty().map(t -> "Trial " + t.id() + " — sources").orElse("Trial"));
        stage.show();
        model.load(trialId);
        return stage;
    }

    private static boolean confirm(Stage owner, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Split this source out");
        alert.setHeaderText("Split this source out of the trial?");
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
