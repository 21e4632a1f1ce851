package org.trialworkbench.ui.eligibility;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.ui.AnnotationMarks;

/**
 * One grid row as nodes: the row head (label and note) in a column of fixed width, then one
 * {@link EligibilityCellView} per trial in columns of the shared {@code columnWidth}, so that all
 * rows (built one by one as they scroll into view) and the header line up.
 */
final class EligibilityRowView extends HBox {
    private final EligibilityRowItem item;
    private final Map<String, EligibilityCellView> cells = new HashMap<>();

    EligibilityRowView(EligibilityRowItem item, double labelWidth, ObservableDoubleValue columnWidth,
                       EligibilityPanelViewModel model) {
        this.item = item;
        getStyleClass().add("elig-row");
        setAlignment(Pos.TOP_LEFT);
        setFillHeight(true);
        getChildren().add(head(item, labelWidth));
        // One cell per compared trial: the row's own count gives "stricter" (2) or "strictest" (3+).
        int trialCount = item.row().cells().size();
        for (EligibilityCell cell : item.row().cells()) {
            EligibilityCellView view = new EligibilityCellView(item.row(), cell, trialCount,
                    entry -> model.select(item.key(), cell.trialId(), entry));
            fixWidth(view, columnWidth);
            view.setMaxHeight(Double.MAX_VALUE);
            cells.put(cell.trialId(), view);
            getChildren().add(view);
        }
    }

    EligibilityRowItem item() {
        return item;
    }

    /** Marks the selected cell, if it is in this row, and unmarks the others. */
    void markSelection(CellSelection selection) {
        boolean here = selection != null && selection.rowKey().equals(item.key());
        cells.forEach((trialId, view) -> view.pseudoClassStateChanged(EligibilityCellView.SELECTED,
                here && trialId.equals(selection.trialId())));
    }

    /** Shows the note badges of this row's cells. */
    void markAnnotations(AnnotationMarks marks) {
        cells.values().forEach(view -> view.markAnnotations(marks));
    }

    /** The node of a trial's cell in this row. */
    Node cell(String trialId) {
        return cells.get(trialId);
    }

    private static VBox head(EligibilityRowItem row, double labelWidth) {
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
        head.getStyleClass().addAll("elig-row-head", "kind-" + row.kind().name().toLowerCase(Locale.ROOT));
        if (row.differs()) {
            head.getStyleClass().add("differs");
        }
        head.setMinWidth(labelWidth);
        head.setPrefWidth(labelWidth);
        head.setMaxWidth(labelWidth);
        head.setMaxHeight(Double.MAX_VALUE);
        return head;
    }

    static void fixWidth(Region region, ObservableDoubleValue width) {
        region.minWidthProperty().bind(width);
        region.prefWidthProperty().bind(width);
        region.maxWidthProperty().bind(width);
    }
}
