package org.trialworkbench.ui.annotations;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trialworkbench.service.TrialAnnotation;

/**
 * The right-hand Annotations pane ({@code #annotationsPane}): filters (tag, author, text) over the
 * notes of the compared trials. Clicking a note selects its target and shows the comparison tab
 * that has it.
 */
public final class AnnotationsPane extends VBox {
    private static final String CSS = "/org/trialworkbench/ui/annotations/annotations.css";
    private static final double WIDTH = 340;

    private final AnnotationActions actions;
    private final ListView<TrialAnnotation> listView = new ListView<>();

    public AnnotationsPane(AnnotationActions actions) {
        this.actions = actions;
        AnnotationListViewModel model = actions.list();
        setId("annotationsPane");
        getStyleClass().add("annotations-pane");
        getStylesheets().add(AnnotationsPane.class.getResource(CSS).toExternalForm());
        setPrefWidth(WIDTH);
        setMinWidth(220);
        setSpacing(6);

        listView.setId("annotationList");
        listView.setItems(model.items());
        listView.setCellFactory(v -> new AnnotationCell(new AnnotationCell.Handlers(actions::edit, actions::delete,
                actions::reanchor)));
        listView.setPlaceholder(placeholder());
        listView.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.select(now);
                showTab(now);
            }
        });
        VBox.setVgrow(listView, Priority.ALWAYS);
        getChildren().addAll(header(model), filters(model), listView);
    }

    private HBox header(AnnotationListViewModel model) {
        Label title = new Label("Annotations");
        title.getStyleClass().add("annotations-title");
        Label count = new Label();
        count.setId("annotationCount");
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.size(model.items()).asString("%d shown"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button add = new Button("Annotate…");
        add.setId("annotateButton");
        add.setOnAction(e -> actions.annotateSelected());
        add.disableProperty().bind(Bindings.isEmpty(model.comparedTrials()));
        HBox header = new HBox(8, title, count, gap, add);
        header.getStyleClass().add("annotations-header");
        return header;
    }

    private VBox filters(AnnotationListViewModel model) {
        ComboBox<String> tag = new ComboBox<>(model.tagChoices());
        tag.setId("annotationTagFilter");
        tag.setButtonCell(tagCell());
        tag.setCellFactory(v -> tagCell());
        tag.valueProperty().bindBidirectional(model.tagProperty());
        tag.setMaxWidth(Double.MAX_VALUE);
        TextField author = new TextField();
        author.setId("annotationAuthorFilter");
        author.setPromptText("Author");
        author.textProperty().bindBidirectional(model.authorProperty());
        TextField text = new TextField();
        text.setId("annotationTextFilter");
        text.setPromptText("Search notes and targets");
        text.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(tag, Priority.ALWAYS);
        HBox.setHgrow(author, Priority.ALWAYS);
        return new VBox(6, new HBox(6, tag, author), text);
    }

    private static ListCell<String> tagCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isBlank() ? "Any tag" : item);
            }
        };
    }

    private static Node placeholder() {
        Label hint = new Label("No notes on the compared trials. Select an item and press Ctrl+Shift+N"
                + " (Annotate → Annotate selected item…).");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        return hint;
    }

    /** Brings the comparison tab that shows the note's target to the front, when there is one. */
    private void showTab(TrialAnnotation entry) {
        String tabId = AnnotationTexts.tabOf(entry.annotation().target());
        if (tabId == null || getScene() == null) {
            return;
        }
        if (getScene().lookup("#comparisonTabs") instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tabId.equals(tab.getId())) {
                    tabs.getSelectionModel().select(tab);
                }
            }
        }
    }
}
