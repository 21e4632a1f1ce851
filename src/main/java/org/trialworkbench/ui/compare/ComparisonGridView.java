package org.trialworkbench.ui.compare;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shows a {@link ComparisonPanelViewModel} as one grid: a label column, then one column per
 * compared trial (header with id, title and a ✕ to remove it). Rows stay aligned and all columns
 * scroll together because they live in one {@link GridPane} inside one {@link ScrollPane}.
 */
public final class ComparisonGridView extends ScrollPane {
    private static final double LABEL_WIDTH = 150;
    private static final double MIN_COLUMN_WIDTH = 200;

    private final ComparisonPanelViewModel model;
    private final Consumer<String> onRemove;
    private final String emptyText;

    public ComparisonGridView(ComparisonPanelViewModel model, Consumer<String> onRemove, String emptyText) {
        this.model = model;
        this.onRemove = onRemove;
        this.emptyText = emptyText;
        getStyleClass().add("comparison-grid-view");
        setFitToWidth(true);
        model.tableProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<ComparedColumn> columns = List.copyOf(model.columns());
        if (columns.isEmpty()) {
            Label empty = new Label(emptyText);
            empty.getStyleClass().add("empty-comparison");
            empty.setWrapText(true);
            setContent(new BorderPane(empty));
            setFitToHeight(true);
            return;
        }
        setFitToHeight(false);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("comparison-grid");
        grid.getColumnConstraints().add(labelColumn());
        for (int i = 0; i < columns.size(); i++) {
            grid.getColumnConstraints().add(trialColumn());
            grid.add(header(columns.get(i)), i + 1, 0);
        }
        addRows(grid, List.copyOf(model.rows()), columns.size());
        setContent(grid);
    }

    private void addRows(GridPane grid, List<ComparisonRow> rows, int columnCount) {
        int r = 1;
        String section = null;
        for (ComparisonRow row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                Label heading = new Label(section);
                heading.getStyleClass().add("section-heading");
                heading.setMaxWidth(Double.MAX_VALUE);
                grid.add(heading, 0, r++, columnCount + 1, 1);
            }
            Label label = cell(row.label(), "row-label");
            if (row.differs()) {
                label.getStyleClass().add("differs");
            }
            grid.add(label, 0, r);
            for (int c = 0; c < columnCount; c++) {
                Label value = cell(row.values().get(c), "value-cell");
                if (row.differs()) {
                    value.getStyleClass().add("differs");
                }
                grid.add(value, c + 1, r);
            }
            r++;
        }
    }

    private VBox header(ComparedColumn column) {
        Label id = new Label(column.trialId());
        id.getStyleClass().add("column-trial-id");
        Button remove = new Button("✕");
        remove.getStyleClass().add("remove-trial-button");
        remove.setUserData(column.trialId());
        remove.setTooltip(new Tooltip("Remove " + column.trialId() + " from the comparison"));
        remove.setOnAction(e -> onRemove.accept(column.trialId()));
        BorderPane top = new BorderPane();
        top.setLeft(id);
        top.setRight(remove);
        Label title = new Label(column.title());
        title.getStyleClass().add("column-trial-title");
        title.setWrapText(true);
        VBox header = new VBox(2, top, title);
        header.getStyleClass().add("column-header");
        header.setMaxWidth(Double.MAX_VALUE);
        return header;
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setFillHeight(label, true);
        return label;
    }

    private static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints(LABEL_WIDTH, LABEL_WIDTH, LABEL_WIDTH);
        c.setHalignment(HPos.LEFT);
        return c;
    }

    private static ColumnConstraints trialColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(MIN_COLUMN_WIDTH);
        c.setPrefWidth(MIN_COLUMN_WIDTH);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }
}
