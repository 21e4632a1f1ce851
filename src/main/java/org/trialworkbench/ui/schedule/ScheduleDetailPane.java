package org.trialworkbench.ui.schedule;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trialworkbench.ui.Texts;

/**
 * The selected outcome in full: measure, the time frame as written, the schedule as read in words,
 * and every part that was not read, marked as such.
 */
final class ScheduleDetailPane extends VBox {
    static final String NOTHING_SELECTED = "Select an outcome row or marker to see its time frame and how it was read.";
    private static final double HEADING_WIDTH = 150;

    ScheduleDetailPane() {
        super(4);
        setId("scheduleDetail");
        getStyleClass().add("schedule-detail");
        show(null);
    }

    void show(ScheduleRowItem row) {
        getChildren().clear();
        if (row == null) {
            getChildren().add(text(NOTHING_SELECTED, "schedule-detail-hint"));
            return;
        }
        getChildren().add(text(row.trialId() + " · " + row.key() + " · " + Texts.humanize(row.kind()) + " outcome",
                "schedule-detail-title"));
        getChildren().add(text(row.measure(), "schedule-detail-measure"));
        getChildren().add(facts(row));
    }

    private static GridPane facts(ScheduleRowItem row) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        ColumnConstraints headings = new ColumnConstraints(HEADING_WIDTH);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(headings, values);
        boolean stated = row.timeFrame() != null && !row.timeFrame().isBlank();
        int r = 0;
        r = add(grid, r, "Time frame as written", List.of(text(stated ? row.timeFrame() : "none stated",
                stated ? "schedule-detail-quote" : "quiet")));
        if (row.fromMeasure() != null) {
            r = add(grid, r, "Read from the measure", List.of(text(row.fromMeasure(), "schedule-detail-quote"),
                    text("The registry states no time frame; these words of the measure give the time.", "quiet")));
        }
        if (row.scheduleInWords().isEmpty()) {
            r = add(grid, r, "Schedule as read", List.of(stated
                    ? text("⚠ Not read: nothing of this time frame was read, so nothing is drawn.", "schedule-detail-unread")
                    : text("nothing to read", "quiet")));
        } else {
            r = add(grid, r, "Schedule as read",
                    row.scheduleInWords().stream().map(line -> text(line, "schedule-detail-line")).toList());
        }
        if (!row.unreadParts().isEmpty()) {
            r = add(grid, r, "Not read", row.unreadParts().stream()
                    .map(p -> text("⚠ Not read: “" + p + "”", "schedule-detail-unread")).toList());
        }
        if (!row.markers().isEmpty()) {
            add(grid, r, "Drawn", List.of(text(row.markers().size()
                    + (row.markers().size() == 1 ? " assessment" : " assessments"), "quiet")));
        }
        return grid;
    }

    private static int add(GridPane grid, int row, String heading, List<Label> values) {
        Label h = text(heading, "schedule-detail-heading");
        GridPane.setValignment(h, VPos.TOP);
        grid.add(h, 0, row);
        grid.add(new VBox(2, values.toArray(Label[]::new)), 1, row);
        return row + 1;
    }

    private static Label text(String value, String styleClass) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
