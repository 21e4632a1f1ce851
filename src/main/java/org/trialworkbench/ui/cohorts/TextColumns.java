package org.trialworkbench.ui.cohorts;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
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
    /** What a column header takes around its title label (modena's padding, measured: width − 18). */
    private static final double HEADER_CHROME = 18;
    /** The titles' font (cohorts.css, {@code .column-title}), to measure their words. */
    private static final Font TITLE_FONT = Font.font(12);

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
        // Never narrower than the title's longest word: a squeezed column broke "Escalatio|n" mid-word.
        column.setMinWidth(longestWordWidth(title) + HEADER_CHROME + 2);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new HoverCell<>(source, mark));
        return column;
    }

    static double longestWordWidth(String title) {
        Text word = new Text();
        word.setFont(TITLE_FONT);
        double widest = 0;
        for (String w : title.split("\\s+")) {
            word.setText(w);
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
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
