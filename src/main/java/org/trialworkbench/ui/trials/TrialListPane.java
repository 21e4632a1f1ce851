package org.trialworkbench.ui.trials;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import java.util.function.Function;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.Debouncer;
import org.trialworkbench.ui.Texts;
import org.trialworkbench.ui.compare.TrialDrag;

/** Left pane: filter box, the table of stored trials (multi-select, draggable rows), Compare. */
public final class TrialListPane extends VBox {
    private static final Duration FILTER_DELAY = Duration.millis(250);

    private final TableView<TrialSummary> table = new TableView<>();

    public TrialListPane(TrialListViewModel model, AppState state) {
        getStyleClass().add("trial-list-pane");
        setSpacing(6);

        TextField filterField = new TextField();
        filterField.setId("filterField");
        filterField.setPromptText("Filter: id, title, condition…");
        filterField.textProperty().bindBidirectional(model.filterProperty());
        Debouncer debouncer = new Debouncer(FILTER_DELAY, model::applyFilter);
        filterField.textProperty().addListener((obs, old, now) -> debouncer.trigger());

        buildTable(model);
        state.selectedTrials().setAll(table.getSelectionModel().getSelectedItems());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TrialSummary>) c ->
                state.selectedTrials().setAll(table.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).toList()));

        Button compareButton = new Button("Compare");
        compareButton.setId("compareButton");
        compareButton.setDefaultButton(false);
        // The hint beside it may shrink; the button keeps its label.
        compareButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        compareButton.disableProperty().bind(model.canCompareProperty().not());
        compareButton.setOnAction(e -> model.compareSelected());
        compareButton.setTooltip(new Tooltip("Compare 2 to " + AppState.MAX_COMPARED + " selected trials"));
        Label hint = new Label("Select 2–" + AppState.MAX_COMPARED + " trials, or drag rows onto the comparison");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox actions = new HBox(8, compareButton, hint);
        actions.getStyleClass().add("list-actions");

        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filterField, table, actions);
    }

    public TableView<TrialSummary> table() {
        return table;
    }

    /**
     * Opens a trial (by id) on a row double-click or the context menu entry "Show trial /
     * sources…", for the row under the mouse or the first selected one.
     */
    public void onShowTrial(java.util.function.Consumer<String> showTrial) {
        javafx.scene.control.MenuItem show = new javafx.scene.control.MenuItem("Show trial / sources…");
        show.setId("showTrialMenuItem");
        show.setOnAction(e -> firstSelectedId().ifPresent(showTrial));
        table.setContextMenu(new javafx.scene.control.ContextMenu(show));
        table.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2) {
                firstSelectedId().ifPresent(showTrial);
            }
        });
    }

    private java.util.Optional<String> firstSelectedId() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(TrialSummary::id);
    }

    private void buildTable(TrialListViewModel model) {
        table.setId("trialTable");
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No trials"));
        // The title next to the id: in the narrow list pane it is what tells trials apart; the registry is
        // mostly in the id's prefix already.
        table.getColumns().add(column("Id", "idColumn", 128, TrialSummary::id));
        table.getColumns().add(column("Title", "titleColumn", 220, TrialSummary::briefTitle));
        table.getColumns().add(column("Phase", "phaseColumn", 64, s -> Texts.phases(s.phases())));
        table.getColumns().add(column("Status", "statusColumn", 104, s -> Texts.humanize(s.status())));
        table.getColumns().add(column("Registry", "registryColumn", 110, s -> Texts.orMissing(s.registry())));
        table.setRowFactory(t -> draggableRow());
    }

    /**
     * A column at least {@code minWidth} wide whose cells show their text on one line (registry titles
     * carry line breaks) and in full, as written, in a tooltip.
     */
    private static TableColumn<TrialSummary, String> column(String title, String id, double minWidth,
                                                            Function<TrialSummary, String> value) {
        TableColumn<TrialSummary, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setMinWidth(minWidth);
        column.setPrefWidth(minWidth);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Texts.oneLine(item));
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** A row that starts a drag of all selected trials (or of itself when it is not selected). */
    private TableRow<TrialSummary> draggableRow() {
        TableRow<TrialSummary> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            if (row.isEmpty()) {
                return;
            }
            List<String> ids = row.isSelected()
                    ? table.getSelectionModel().getSelectedItems().stream().map(TrialSummary::id).toList()
                    : List.of(row.getItem().id());
            Dragboard board = row.startDragAndDrop(TransferMode.COPY);
            board.setContent(TrialDrag.content(ids));
            e.consume();
        });
        return row;
    }
}
