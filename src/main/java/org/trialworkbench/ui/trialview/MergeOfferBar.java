package org.trialworkbench.ui.trialview;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trialworkbench.service.MergeOffer;

/**
 * The merge offers that concern the viewed trial: a record without a registry id and a trial with
 * the same official title. Offered only; nothing is merged until the reviewer presses Merge.
 */
final class MergeOfferBar extends VBox {
    private final TrialViewModel model;

    MergeOfferBar(TrialViewModel model) {
        this.model = model;
        setId("mergeOffer");
        getStyleClass().add("merge-offer-bar");
        setSpacing(4);
        model.offers().addListener((ListChangeListener<MergeOffer>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        String viewed = model.trialProperty().get() == null ? null : model.trialProperty().get().id();
        for (MergeOffer offer : model.offers()) {
            getChildren().add(offerLine(offer, viewed));
        }
        setVisible(!getChildren().isEmpty());
        setManaged(!getChildren().isEmpty());
    }

    private HBox offerLine(MergeOffer offer, String viewed) {
        Label text = new Label(offerText(offer, viewed));
        text.setWrapText(true);
        text.getStyleClass().add("merge-offer-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button merge = new Button("Merge");
        merge.setId("mergeButton");
        merge.disableProperty().bind(model.busyProperty());
        merge.setOnAction(e -> model.merge(offer));
        Button apart = new Button("Keep apart");
        apart.setId("keepApartButton");
        apart.disableProperty().bind(model.busyProperty());
        apart.setOnAction(e -> model.keepApart(offer));
        HBox line = new HBox(8, text, merge, apart);
        line.getStyleClass().add("merge-offer");
        return line;
    }

    static String offerText(MergeOffer offer, String viewed) {
        String other = viewed == null ? offer.otherTrialId() : offer.counterpartOf(viewed);
        if (viewed == null || viewed.equals(offer.localTrialId()) || offer.bothLocal()) {
            String what = offer.bothLocal() ? other + " (also without a registry id)" : other;
            return "This record has no registry id; " + what + " has the same official title. Merge?";
        }
        return other + " has no registry id and the same official title as this trial. Merge?";
    }
}
