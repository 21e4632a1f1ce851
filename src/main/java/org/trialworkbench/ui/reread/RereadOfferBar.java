package org.trialworkbench.ui.reread;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.trialworkbench.ui.AppState;

/**
 * A non-modal bar shown while the stored trials were read by an older version of the readers:
 * this version may read their criteria, time frames or cohorts better, so it offers to read them
 * again (the same as File → Read all trials again…).
 */
public final class RereadOfferBar extends HBox {

    public RereadOfferBar(AppState state, RereadController rereading) {
        setId("rereadOfferBar");
        getStyleClass().add("examples-bar");
        setSpacing(10);
        Label text = new Label("The stored trials were read by an earlier version. This version reads criteria, time"
                + " frames and cohorts better: read them again? Notes and corrections are kept.");
        text.setWrapText(true);
        Button read = new Button("Read them again");
        read.setId("rereadOfferButton");
        read.setOnAction(e -> rereading.rereadAll());
        read.disableProperty().bind(state.work().runningProperty());
        BooleanProperty dismissed = new SimpleBooleanProperty(false);
        Button dismiss = new Button("Not now");
        dismiss.setId("dismissRereadOfferButton");
        dismiss.setOnAction(e -> dismissed.set(true));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The buttons keep their whole text; the sentence wraps instead.
        read.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, gap, read, dismiss);
        visibleProperty().bind(rereading.outdatedProperty().and(dismissed.not()));
        managedProperty().bind(visibleProperty());
    }
}
