package org.trialworkbench.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A non-modal bar under the menu offering one action while a condition holds ("No trials are stored
 * yet…", "The stored trials were read by an earlier version…"), with "Not now" to hide it for the
 * session. The action is disabled while other work runs.
 */
public final class OfferBar extends HBox {

    /**
     * @param id       the bar's id; its buttons get {@code actionId} and {@code "dismiss" + id}
     * @param shownWhile the condition under which the bar is offered
     */
    public OfferBar(String id, String text, String actionId, String actionLabel, Runnable action,
                    ObservableBooleanValue shownWhile, AppState state) {
        setId(id);
        getStyleClass().add("examples-bar");
        setSpacing(10);
        Label sentence = new Label(text);
        sentence.setWrapText(true);
        Button act = new Button(actionLabel);
        act.setId(actionId);
        act.setOnAction(e -> action.run());
        act.disableProperty().bind(state.work().runningProperty());
        BooleanProperty dismissed = new SimpleBooleanProperty(false);
        Button dismiss = new Button("Not now");
        dismiss.setId("dismiss" + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        dismiss.setOnAction(e -> dismissed.set(true));
        // The buttons keep their whole text; the sentence wraps instead.
        act.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(sentence, gap, act, dismiss);
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> shownWhile.get() && !dismissed.get(), shownWhile, dismissed));
        managedProperty().bind(visibleProperty());
    }
}
