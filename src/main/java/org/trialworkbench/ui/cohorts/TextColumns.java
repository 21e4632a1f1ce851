package org.trialworkbench.ui.cohorts;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.trialworkbench.ui.AnnotationMark;

/**
 * Text columns whose cells wrap and show the cell's full text plus the row's source (and its notes,
 * when annotated) on hover.
 */
final class TextColumns {
    private static final double TOOLTIP_WIDTH = 520;
    /** Room the column header keeps around its title. */
    private static final double HEADER_PADDING = 8;

    private TextColumns() {
    }

    /**
     * @param text   the cell's text
     * @param source the row's provenance (appended to the hover text); null for none
     */
    static <R> TableColumn<R, String> of(String title, double prefWidth, Function<R, String> text,
                                         Function<R, String> source) {
        return of(title, prefWidth, text, source, null);
    }

    /**
     * As {@link #of(String, double, Function, Function)}, with the row's notes ({@code mark}, null
     * for none) appended to the hover text.
     */
    static <R> TableColumn<R, String> of(String title, double prefWidth, Function<R, String> text,
                                         Function<R, String> source, Function<R, AnnotationMark> mark) {
        TableColumn<R, String> column = new TableColumn<>();
        // A label that wraps to the column's width, so that a title takes two or three lines ("Dose per /
        // administration") instead of "Dose p…" when the panel squeezes the columns.
        Label header = new Label(title);
        header.setTextAlignment(TextAlignment.CENTER);
        header.setWrapText(true);
        header.prefWidthProperty().bind(column.widthProperty().subtract(HEADER_PADDING));
        header.getStyleClass().add("column-title");
        header.setTooltip(new Tooltip(title.replace("-\n", "").replace('\n', ' ')));
        column.setGraphic(header);
        column.setPrefWidth(prefWidth);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new HoverCell<>(source, mark));
        return column;
    }

    private static final class HoverCell<R> extends TableCell<R, String> {
        private final Function<R, String> source;
        private final Function<R, AnnotationMark> mark;

        HoverCell(Function<R, String> source, Function<R, AnnotationMark> mark) {
            this.source = source;
            this.mark = mark;
            setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            R row = empty || getTableRow() == null ? null : getTableRow().getItem();
            AnnotationMark notes = row == null || mark == null ? null : mark.apply(row);
            if (empty || item == null || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item);
            String origin = source == null ? null : source.apply(row);
            Tooltip tip = new Tooltip(AnnotationMark.appendTo(origin == null ? item : item + "\n\n" + origin, notes));
            tip.setWrapText(true);
            tip.setMaxWidth(TOOLTIP_WIDTH);
            tip.setShowDelay(Duration.millis(300));
            tip.setShowDuration(Duration.seconds(30));
            setTooltip(tip);
        }
    }
}
