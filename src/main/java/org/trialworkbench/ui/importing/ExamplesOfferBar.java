package org.trialworkbench.ui.importing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.trialworkbench.ui.AppState;

/** A non-modal bar shown while the store is empty, offering to load the bundled example trials. */
public final class ExamplesOfferBar extends HBox {

    public ExamplesOfferBar(AppState state, ImportController imports) {
        setId("examplesBar");
        getStyleClass().add("examples-bar");
        setSpacing(10);
        Label text = new Label("No trials are stored yet. Load the example trials to try the comparison?");
        text.setWrapText(true);
        Button load = new Button("Load example trials");
        load.setId("loadExamplesButton");
        load.setOnAction(e -> imports.importExamples());
        load.disableProperty().bind(state.work().runningProperty());
        BooleanProperty dismissed = new SimpleBooleanProperty(false);
        Button dismiss = new Button("Not now");
        dismiss.setId("dismissExamplesButton");
        dismiss.setOnAction(e -> dismissed.set(true));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The buttons keep their whole text; the sentence wraps instead.
        load.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, gap, load, dismiss);
        visibleProperty().bind(state.storedCountProperty().isEqualTo(0).and(dismissed.not()));
        managedProperty().bind(visibleProperty());
    }
}
