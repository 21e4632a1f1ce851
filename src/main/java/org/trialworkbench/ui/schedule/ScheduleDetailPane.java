package org.trialworkbench.ui.schedule;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.trialworkbench.ui.Texts;

/**
 * The selected outcome in full: measure, the time frame as written, the schedule as read in words,
 * and every part that was not read, marked as such.
 */
final class ScheduleDetailPane extends VBox {
    static final String NOTHING_SELECTED = "Select an outcome row or marker to see its time frame and how it was read.";

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
        getChildren().add(text("Time frame as written", "schedule-detail-heading"));
        boolean stated = row.timeFrame() != null && !row.timeFrame().isBlank();
        getChildren().add(text(stated ? row.timeFrame() : "none stated", stated ? "schedule-detail-quote" : "quiet"));
        getChildren().add(text("Schedule as read", "schedule-detail-heading"));
        if (row.scheduleInWords().isEmpty()) {
            getChildren().add(text(stated ? "Not read: nothing of this time frame was read, so nothing is drawn."
                    : "Nothing to read.", stated ? "schedule-detail-unread" : "quiet"));
        }
        row.scheduleInWords().forEach(line -> getChildren().add(text(line, "schedule-detail-line")));
        row.unreadParts().forEach(p -> getChildren().add(text("⚠ Not read: “" + p + "”", "schedule-detail-unread")));
        if (!row.markers().isEmpty()) {
            getChildren().add(text(row.markers().size() + (row.markers().size() == 1 ? " assessment" : " assessments")
                    + " drawn", "quiet"));
        }
    }

    private static Label text(String value, String styleClass) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
