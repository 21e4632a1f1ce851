package org.trialworkbench.ui.status;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.trialworkbench.ui.AppState;

/** Bottom bar: status message, running work (progress, rate, Cancel) and the stored-trial count. */
public final class StatusBar extends HBox {

    public StatusBar(AppState state) {
        getStyleClass().add("status-bar");
        setSpacing(10);
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(state.statusProperty());
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(state.work().progressProperty());
        Label progressText = new Label();
        progressText.setId("progressText");
        progressText.textProperty().bind(state.work().textProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.setOnAction(e -> state.work().cancel());
        cancel.disableProperty().bind(state.work().textProperty().isEqualTo("Cancelling…"));
        HBox work = new HBox(8, progressText, progress, cancel);
        work.setId("workBox");
        work.getStyleClass().add("work-box");
        work.visibleProperty().bind(state.work().runningProperty());
        work.managedProperty().bind(work.visibleProperty());

        Label count = new Label();
        count.setId("storedCountLabel");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = state.storedCountProperty().get();
            return n < 0 ? "" : n == 1 ? "1 trial stored" : n + " trials stored";
        }, state.storedCountProperty()));
        count.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(status, work, count);
    }
}
