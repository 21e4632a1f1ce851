package org.trialworkbench.ui.trialview;

import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.SourceInfo;

/**
 * The trial view: ids and titles, the key fields with their provenance, where the sources
 * disagree, the sources (with "Split this source out…") and the merge offers. Built over a
 * {@link TrialViewModel}; the split confirmation is a {@code confirm} question so tests can answer it.
 */
public final class TrialViewPane extends BorderPane {
    private final TrialViewModel model;
    private final Predicate<String> confirm;
    private final ListView<SourceInfo> sourcesList = new ListView<>();

    public TrialViewPane(TrialViewModel model, Predicate<String> confirm) {
        this.model = model;
        this.confirm = confirm;
        setId("trialView");
        getStyleClass().add("trial-view");
        setTop(header());
        SplitPane body = new SplitPane(fieldsSection(), sideSection());
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.56);
        setCenter(body);
    }

    private VBox header() {
        Label id = new Label();
        id.setId("trialViewId");
        id.getStyleClass().add("trial-view-id");
        Label ids = new Label();
        ids.setId("trialViewRegistryIds");
        ids.getStyleClass().add("source-label");
        Label title = new Label();
        title.setId("trialViewTitle");
        title.getStyleClass().add("trial-view-title");
        title.setWrapText(true);
        model.trialProperty().addListener((obs, old, t) -> {
            id.setText(t == null ? "" : t.id());
            ids.setText(t == null ? "" : registryIds(t));
            title.setText(t == null ? "" : t.briefTitle());
        });
        Label message = new Label();
        message.setId("trialViewMessage");
        message.getStyleClass().add("trial-view-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(4, new HBox(12, id, ids), title, new MergeOfferBar(model), message);
        box.getStyleClass().add("trial-view-header");
        return box;
    }

    private static String registryIds(Trial t) {
        String others = String.join(", ", t.registryIds().stream().map(RegistryId::id)
                .filter(r -> !r.equals(t.id())).toList());
        return others.isEmpty() ? "" : "other ids: " + others;
    }

    private ScrollPane fieldsSection() {
        ScrollPane scroll = new ScrollPane(new FieldsGrid(model));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("fields-scroll");
        return scroll;
    }

    private VBox sideSection() {
        ListView<Conflict> conflictsList = new ListView<>(model.conflicts());
        conflictsList.setId("conflictsList");
        conflictsList.setCellFactory(l -> new ConflictCell(model::sourceTag));
        conflictsList.setPlaceholder(new Label("The sources agree on every field."));
        conflictsList.setPrefHeight(200);

        sourcesList.setId("sourcesList");
        sourcesList.setItems(model.sources());
        sourcesList.setCellFactory(l -> new SourceCell());
        sourcesList.setPlaceholder(new Label("No sources"));
        sourcesList.setPrefHeight(160);

        Button split = new Button("Split this source out…");
        split.setId("splitSourceButton");
        split.disableProperty().bind(sourcesList.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.size(model.sources()).lessThan(2)).or(model.busyProperty()));
        split.setOnAction(e -> splitSelected());
        split.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label("For a wrong merge: the source becomes a trial of its own.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox actions = new HBox(8, split, hint);
        actions.getStyleClass().add("list-actions");

        VBox.setVgrow(conflictsList, Priority.ALWAYS);
        VBox.setVgrow(sourcesList, Priority.ALWAYS);
        VBox side = new VBox(6, section("Where sources disagree"), conflictsList, section("Sources"), sourcesList,
                actions);
        side.getStyleClass().add("trial-view-side");
        return side;
    }

    private void splitSelected() {
        SourceInfo source = sourcesList.getSelectionModel().getSelectedItem();
        Trial trial = model.trialProperty().get();
        if (source == null || trial == null) {
            return;
        }
        String question = "Take " + TrialViewModel.sourceLabel(source.format(), source.file()) + " out of "
                + trial.id() + "?\n\nIt becomes a trial of its own, the other sources are merged again, and "
                + "the next import will not merge the two again.";
        if (confirm.test(question)) {
            model.split(source);
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    public TrialViewModel model() {
        return model;
    }
}
