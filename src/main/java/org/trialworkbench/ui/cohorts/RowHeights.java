package org.trialworkbench.ui.cohorts;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The row height of a small table whose cells wrap: tall enough for its longest cell text at the width
 * its column has, so that a gate ("no adverse events after 4 weeks of the last infusion") or an
 * intervention reads whole instead of "no adverse events afte…". Between {@link #MIN_LINES} and
 * {@link #MAX_LINES} lines; longer texts end in "…" and are whole in the cell's tooltip.
 */
final class RowHeights {
    static final int MIN_LINES = 2;
    static final int MAX_LINES = 8;
    /** The cells' font: the window's root size (workbench.css). */
    private static final Font CELL_FONT = Font.font(13);
    /** A table cell's left plus right padding and the column's border, in pixels, with a margin. */
    private static final double HORIZONTAL_INSETS = 24;
    /** A cell's top plus bottom padding and the row's borders, with a margin. */
    private static final double VERTICAL_INSETS = 16;

    private RowHeights() {
    }

    /**
     * The row height for {@code table}'s current rows and columns at their laid-out widths (before the
     * first layout: {@code widthShare} of their preferred widths, the narrowest they may shrink to); columns
     * with {@code skipStyle} are not measured (their content changes after the table is built).
     */
    static <R> double fitting(TableView<R> table, double widthShare, String skipStyle) {
        Text probe = text("");
        double tallest = 0;
        for (TableColumn<R, ?> column : table.getColumns()) {
            if (column.getStyleClass().contains(skipStyle)) {
                continue;
            }
            double width = column.getWidth() > 0 ? column.getWidth() : column.getPrefWidth() * widthShare;
            probe.setWrappingWidth(Math.max(10, width - HORIZONTAL_INSETS));
            for (R row : table.getItems()) {
                Object value = column.getCellData(row);
                if (value != null && !value.toString().isEmpty()) {
                    probe.setText(value.toString());
                    tallest = Math.max(tallest, probe.getLayoutBounds().getHeight());
                }
            }
        }
        return Math.min(Math.max(tallest + VERTICAL_INSETS, forLines(MIN_LINES)), forLines(MAX_LINES));
    }

    /** The height of a row of {@code lines} lines. */
    static double forLines(int lines) {
        return text("X" + "\nX".repeat(lines - 1)).getLayoutBounds().getHeight() + VERTICAL_INSETS;
    }

    private static Text text(String content) {
        Text text = new Text(content);
        text.setFont(CELL_FONT);
        return text;
    }
}
