package org.trialworkbench.ui.eligibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMarks;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trialworkbench.model.comparison.EligibilityCell;

/**
 * The eligibility rows as one {@link GridPane}: a label column, then one column per compared trial,
 * with a separate {@link #header()} (id, short title, ✕ to remove it). Rebuilt when the visible rows change; the selected
 * cell and the annotated cells and trials are marked without a rebuild.
 */
final class EligibilityGrid extends GridPane {
    private static final double LABEL_WIDTH = 220;
    private static final double MIN_COLUMN_WIDTH = 220;

    private final EligibilityPanelViewModel model;
    private final Consumer<String> onRemove;
    private final Map<String, EligibilityCellView> cells = new HashMap<>();
    private final GridPane header = new GridPane();
    private final AnnotationMarks marks;
    /** Trial id → the badge of its column header (notes on the whole trial). */
    private final Map<String, HeaderBadge> headerBadges = new HashMap<>();

    /** A column header and its badge. */
    private record HeaderBadge(AnnotationBadge badge, Node header) {
    }

    EligibilityGrid(EligibilityPanelViewModel model, Consumer<String> onRemove) {
        this.model = model;
        this.onRemove = onRemove;
        this.marks = model.annotationMarks();
        setId("eligibilityGrid");
        getStyleClass().add("elig-grid");
        header.getStyleClass().add("elig-header");
        model.visibleRowsProperty().addListener((obs, old, now) -> rebuild());
        model.columnsProperty().addListener((obs, old, now) -> rebuild());
        model.selectionProperty().addListener((obs, old, now) -> markSelection());
        marks.revisionProperty().addListener((obs, old, now) -> markAnnotations());
        rebuild();
    }

    /**
     * The column headers, kept outside the scrolling grid so they stay in view: each header column
     * takes the width of the grid column below it (a zero-height probe in the grid's row 0).
     */
    GridPane header() {
        return header;
    }

    private void rebuild() {
        getChildren().clear();
        getColumnConstraints().clear();
        header.getChildren().clear();
        header.getColumnConstraints().clear();
        cells.clear();
        headerBadges.clear();
        List<EligibilityColumn> columns = model.columnsProperty().get();
        getColumnConstraints().add(column(LABEL_WIDTH, LABEL_WIDTH, false));
        Label corner = new Label("Criterion");
        corner.getStyleClass().add("elig-corner");
        corner.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        addHeader(corner, 0);
        for (int i = 0; i < columns.size(); i++) {
            getColumnConstraints().add(column(MIN_COLUMN_WIDTH, Double.MAX_VALUE, true));
            addHeader(header(columns.get(i)), i + 1);
        }
        int r = 1;
        for (EligibilityRowItem row : model.visibleRows()) {
            addRow(row, r++, columns.size());
        }
        if (model.visibleRows().isEmpty() && !model.allRows().isEmpty()) {
            Label none = new Label("No row matches the filter.");
            none.getStyleClass().add("elig-no-match");
            add(none, 0, 1, columns.size() + 1, 1);
        }
        markSelection();
        markAnnotations();
    }

    /** Puts or removes the note badges on cells and headers, without a rebuild. */
    private void markAnnotations() {
        cells.values().forEach(view -> view.markAnnotations(marks));
        headerBadges.forEach((trialId, h) -> h.badge().show(marks.of(trialId, "trial"), h.header()));
    }

    private void addHeader(Region content, int column) {
        Region probe = new Region();
        probe.setMinHeight(0);
        probe.setPrefHeight(0);
        add(probe, column, 0);
        ColumnConstraints c = new ColumnConstraints();
        c.minWidthProperty().bind(probe.widthProperty());
        c.prefWidthProperty().bind(probe.widthProperty());
        c.maxWidthProperty().bind(probe.widthProperty());
        c.setFillWidth(true);
        header.getColumnConstraints().add(c);
        header.add(content, column, 0);
    }

    private void addRow(EligibilityRowItem row, int r, int trialCount) {
        Label label = new Label(row.label());
        label.getStyleClass().add("elig-row-label");
        label.setWrapText(true);
        Label note = new Label(row.note());
        note.getStyleClass().add("elig-row-note");
        if (row.kindInferred()) {
            note.getStyleClass().add("inferred");
        }
        note.setWrapText(true);
        VBox head = new VBox(2, label, note);
        head.getStyleClass().addAll("elig-row-head", "kind-" + row.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (row.differs()) {
            head.getStyleClass().add("differs");
        }
        head.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        add(head, 0, r);
        List<EligibilityCell> rowCells = row.row().cells();
        for (int c = 0; c < rowCells.size(); c++) {
            EligibilityCell cell = rowCells.get(c);
            EligibilityCellView view = new EligibilityCellView(row.row(), cell, trialCount,
                    entry -> model.select(row.key(), cell.trialId(), entry));
            view.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            GridPane.setValignment(view, VPos.TOP);
            cells.put(key(row.key(), cell.trialId()), view);
            add(view, c + 1, r);
        }
    }

    private void markSelection() {
        CellSelection s = model.selectionProperty().get();
        String selected = s == null ? null : key(s.rowKey(), s.trialId());
        cells.forEach((k, view) -> view.pseudoClassStateChanged(EligibilityCellView.SELECTED, k.equals(selected)));
    }

    /** The node of the selected cell, if it is among the visible rows. */
    Optional<Node> selectedCell() {
        CellSelection s = model.selectionProperty().get();
        return s == null ? Optional.empty() : Optional.ofNullable(cells.get(key(s.rowKey(), s.trialId())));
    }

    private VBox header(EligibilityColumn column) {
        Label id = new Label(column.trialId());
        id.getStyleClass().add("column-trial-id");
        Button remove = new Button("✕");
        remove.getStyleClass().add("remove-trial-button");
        remove.setUserData(column.trialId());
        remove.setTooltip(new Tooltip("Remove " + column.trialId() + " from the comparison"));
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
            title.setTooltip(new Tooltip(column.title()));
        }
        VBox header = new VBox(2, top, title);
        header.getStyleClass().add("column-header");
        headerBadges.put(column.trialId(), new HeaderBadge(badge, header));
        header.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return header;
    }

    private static String key(String rowKey, String trialId) {
        return rowKey + "\u0000" + trialId;
    }

    private static ColumnConstraints column(double min, double max, boolean grow) {
        ColumnConstraints c = new ColumnConstraints(min, min, max);
        c.setHalignment(HPos.LEFT);
        c.setFillWidth(true);
        c.setHgrow(grow ? Priority.ALWAYS : Priority.NEVER);
        return c;
    }
}
