package org.trialworkbench.ui.eligibility;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMarks;

/**
 * The eligibility rows, virtualized: a {@link ListView} whose cells each show one row
 * ({@link EligibilityRowView}: a label column, then one column per compared trial), so only the rows
 * in view are built as nodes (6 trials × 60 criteria give ~340 rows and ~2,000 cells). All columns
 * share one width, so the separate {@link #header()} (id, short title, ✕ to remove) lines up with
 * every row. The selected cell and the annotated cells and trials are marked on the rows in view
 * without rebuilding them.
 */
final class EligibilityGrid extends ListView<EligibilityRowItem> {
    static final double LABEL_WIDTH = 220;
    static final double MIN_COLUMN_WIDTH = 220;
    /** The rows' left and right padding (eligibility.css, .elig-row) plus room for the vertical scroll bar. */
    private static final double ROW_CHROME = 8 + 12 + 16;

    private final EligibilityPanelViewModel model;
    private final Consumer<String> onRemove;
    private final HBox header = new HBox();
    private final ReadOnlyDoubleWrapper columnWidth = new ReadOnlyDoubleWrapper(MIN_COLUMN_WIDTH);
    /** The cells the list made; it drops some on its own, so they are held weakly. */
    private final Set<RowCell> rowCells = Collections.newSetFromMap(new WeakHashMap<>());
    private final AnnotationMarks marks;
    /** Trial id → its column header and the badge there (notes on the whole trial). */
    private final Map<String, HeaderBadge> headerBadges = new HashMap<>();

    private record HeaderBadge(AnnotationBadge badge, Node header) {
    }

    EligibilityGrid(EligibilityPanelViewModel model, Consumer<String> onRemove) {
        this.model = model;
        this.onRemove = onRemove;
        this.marks = model.annotationMarks();
        setId("eligibilityGrid");
        getStyleClass().add("elig-grid");
        header.getStyleClass().add("elig-header");
        Label noMatch = new Label("No row matches the filter.");
        noMatch.getStyleClass().add("elig-no-match");
        setPlaceholder(noMatch);
        // Cells take the keyboard focus (Tab, Enter); the list itself has no selection to move.
        setFocusTraversable(false);
        setCellFactory(list -> new RowCell());
        // A click beside the cells (a row head, the empty end) takes the focus from a field left focused
        // elsewhere, so the window's shortcuts (Ctrl+Z) apply to the notes, not to that field's text.
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            Node focused = getScene() == null ? null : getScene().getFocusOwner();
            if (focused == null || !isWithin(focused)) {
                requestFocus();
            }
        });
        widthProperty().addListener((obs, old, now) -> fitColumns());
        skinProperty().addListener((obs, old, now) -> followHorizontalScroll());
        model.visibleRowsProperty().addListener((obs, old, now) -> showRows(now));
        model.columnsProperty().addListener((obs, old, now) -> rebuildHeader());
        model.selectionProperty().addListener((obs, old, now) -> markSelection(now));
        marks.revisionProperty().addListener((obs, old, now) -> markAnnotations());
        getItems().setAll(model.visibleRows());
        rebuildHeader();
    }

    /**
     * The column headers, kept outside the scrolling list so they stay in view; the panel clips
     * them, and they move sideways with the rows.
     */
    HBox header() {
        return header;
    }

    /** Scrolls the selected row into view when it is not (a selection made from elsewhere). */
    void reveal(CellSelection selection) {
        int index = selection == null ? -1 : indexOf(selection.rowKey());
        if (index < 0) {
            return;
        }
        Bounds viewport = localToScene(getLayoutBounds());
        for (RowCell cell : rowCells) {
            if (cell.showing(index)) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                if (b.getMinY() >= viewport.getMinY() && b.getMaxY() <= viewport.getMaxY()) {
                    return;
                }
            }
        }
        scrollTo(Math.max(0, index - 2));
    }

    private int indexOf(String rowKey) {
        List<EligibilityRowItem> items = getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(rowKey)) {
                return i;
            }
        }
        return -1;
    }

    private void markSelection(CellSelection selection) {
        rowCells.forEach(cell -> cell.markSelection(selection));
    }

    /** New rows replace the cells' nodes: a focused cell hands the focus to the list, not to a field elsewhere. */
    private void showRows(List<EligibilityRowItem> rows) {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        boolean focusInRow = focused != null && focused != this && isWithin(focused);
        getItems().setAll(rows); // the list's cells take their new rows at once: the old nodes leave the scene
        if (focusInRow) {
            requestFocus();
        }
    }

    private boolean isWithin(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Puts or removes the note badges on the cells in view and on the headers, without a rebuild. */
    private void markAnnotations() {
        rowCells.forEach(RowCell::markAnnotations);
        headerBadges.forEach((trialId, h) -> h.badge().show(marks.of(trialId, "trial"), h.header()));
    }

    /** Trial columns share the width left by the label column, but never get narrower than the minimum. */
    private void fitColumns() {
        int trials = model.columnsProperty().get().size();
        double free = getWidth() - LABEL_WIDTH - ROW_CHROME;
        columnWidth.set(trials == 0 ? MIN_COLUMN_WIDTH : Math.max(MIN_COLUMN_WIDTH, Math.floor(free / trials)));
    }

    /** The list's horizontal scroll bar holds the offset in pixels: the header moves by as much. */
    private void followHorizontalScroll() {
        for (Node n : lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                header.translateXProperty().bind(bar.valueProperty().negate());
                return;
            }
        }
    }

    private void rebuildHeader() {
        fitColumns();
        header.getChildren().clear();
        headerBadges.clear();
        Label corner = new Label("Criterion");
        corner.getStyleClass().add("elig-corner");
        corner.setMinWidth(LABEL_WIDTH);
        corner.setPrefWidth(LABEL_WIDTH);
        corner.setMaxSize(LABEL_WIDTH, Double.MAX_VALUE);
        header.getChildren().add(corner);
        for (EligibilityColumn column : model.columnsProperty().get()) {
            VBox h = columnHeader(column);
            EligibilityRowView.fixWidth(h, columnWidth.getReadOnlyProperty());
            header.getChildren().add(h);
        }
        markAnnotations();
    }

    private VBox columnHeader(EligibilityColumn column) {
        Label id = new Label(column.trialId());
        id.getStyleClass().add("column-trial-id");
        Button remove = new Button("✕");
        remove.getStyleClass().add("remove-trial-button");
        remove.setUserData(column.trialId());
        LazyTooltip.install(remove, () -> "Remove " + column.trialId() + " from the comparison");
        remove.setOnAction(e -> onRemove.accept(column.trialId()));
        AnnotationBadge badge = new AnnotationBadge();
        HBox idLine = new HBox(6, id, badge);
        idLine.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane();
        top.setLeft(idLine);
        top.setRight(remove);
        Label title = new Label(column.shortTitle());
        title.getStyleClass().add("column-trial-title");
        title.setWrapText(true);
        if (!column.title().equals(column.shortTitle())) {
            LazyTooltip.install(title, column::title);
        }
        VBox box = new VBox(2, top, title);
        box.getStyleClass().add("column-header");
        box.setMaxHeight(Double.MAX_VALUE);
        headerBadges.put(column.trialId(), new HeaderBadge(badge, box));
        return box;
    }

    /** A list cell showing one row; the row's nodes are built when the cell is given a new row. */
    private final class RowCell extends ListCell<EligibilityRowItem> {
        RowCell() {
            getStyleClass().add("elig-row-cell");
            rowCells.add(this);
        }

        @Override
        protected void updateItem(EligibilityRowItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (!(getGraphic() instanceof EligibilityRowView shown) || shown.item() != item) {
                setGraphic(new EligibilityRowView(item, LABEL_WIDTH, columnWidth.getReadOnlyProperty(), model));
            }
            markSelection(model.selectionProperty().get());
            markAnnotations();
        }

        void markAnnotations() {
            if (getGraphic() instanceof EligibilityRowView row) {
                row.markAnnotations(marks);
            }
        }

        void markSelection(CellSelection selection) {
            if (getGraphic() instanceof EligibilityRowView row) {
                row.markSelection(selection);
            }
        }

        boolean showing(int index) {
            return getScene() != null && isVisible() && !isEmpty() && getIndex() == index;
        }
    }
}
