package org.trialworkbench.ui.cohorts;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMark;

/**
 * The leading "Notes" column of a cohort or arms table: a "✎ tag" badge on each annotated row. Shown
 * only while some row of its table has a note, so tables without notes keep their width.
 */
final class NotesColumn<R> {
    /** The column's style class. */
    static final String STYLE = "notes-column";
    private static final double WIDTH = 76;

    private final TableView<R> table;
    private final Function<R, AnnotationMark> mark;
    private final TableColumn<R, AnnotationMark> column = new TableColumn<>();

    NotesColumn(TableView<R> table, Function<R, AnnotationMark> mark) {
        this.table = table;
        this.mark = mark;
        Label header = new Label("Notes");
        header.getStyleClass().add("column-title");
        header.setTooltip(new Tooltip("The reviewers' notes on this row (listed in the Annotations pane)"));
        column.setGraphic(header);
        column.getStyleClass().add(STYLE);
        column.setPrefWidth(WIDTH);
        column.setMinWidth(WIDTH);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(mark.apply(cell.getValue())));
        column.setCellFactory(c -> new BadgeCell<>());
        table.getColumns().add(0, column);
        remark();
    }

    /** Shows the column while a row has a note and re-reads the rows' marks (no rebuild). */
    void remark() {
        column.setVisible(table.getItems().stream().anyMatch(r -> mark.apply(r) != null));
        table.refresh();
    }

    private static final class BadgeCell<R> extends TableCell<R, AnnotationMark> {
        private final AnnotationBadge badge = new AnnotationBadge();

        @Override
        protected void updateItem(AnnotationMark item, boolean empty) {
            super.updateItem(item, empty);
            badge.show(empty ? null : item);
            setGraphic(empty || item == null ? null : badge);
            setText(null);
        }
    }
}
