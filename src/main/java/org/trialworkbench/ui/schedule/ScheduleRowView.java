package org.trialworkbench.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMark;
import org.trialworkbench.ui.Texts;

/**
 * One outcome row: key, one-line measure (full text on hover) and read-state mark in the label
 * column, then the {@link ScheduleTrack}. Its id and userData are the row id ("NCT…:P1"). An
 * annotated outcome shows a "✎ tag" badge after its measure, {@code :annotated} and the notes in the tooltip.
 */
final class ScheduleRowView extends HBox {
    private final ScheduleRowItem row;
    private final Tooltip tooltip;
    private final String tooltipText;
    private final AnnotationBadge badge = new AnnotationBadge();

    ScheduleRowView(ScheduleRowItem row, List<AxisTick> ticks, DoubleExpression labelWidth, Runnable onSelect) {
        this.row = row;
        setId(row.rowId());
        setUserData(row.rowId());
        getStyleClass().addAll("schedule-row", "kind-" + row.kind().name().toLowerCase(Locale.ROOT));
        if (row.readState().warns()) {
            getStyleClass().add("schedule-row-unread");
        }
        setAlignment(Pos.CENTER_LEFT);
        tooltip = rowTooltip(row);
        tooltipText = tooltip.getText();
        HBox label = labelColumn(row);
        label.getChildren().add(badge);
        fixWidth(label, labelWidth);
        Tooltip.install(label, tooltip);
        ScheduleTrack track = new ScheduleTrack(row, ticks, tooltip);
        HBox.setHgrow(track, Priority.ALWAYS);
        getChildren().addAll(label, track);
        setOnMouseClicked(e -> onSelect.run());
    }

    ScheduleRowItem row() {
        return row;
    }

    void setSelected(boolean selected) {
        getStyleClass().remove("selected");
        if (selected) {
            getStyleClass().add("selected");
        }
    }

    /** Shows the notes on this outcome (null: none), without rebuilding the row. */
    void markAnnotation(AnnotationMark mark) {
        badge.show(mark, this);
        tooltip.setText(AnnotationMark.appendTo(tooltipText, mark));
    }

    private static HBox labelColumn(ScheduleRowItem row) {
        Label key = new Label(row.key());
        key.getStyleClass().addAll("schedule-key", "kind-" + row.kind().name().toLowerCase(Locale.ROOT));
        key.setMinWidth(34);
        Label measure = new Label((row.readState().warns() ? "⚠ " : "") + row.shortMeasure());
        measure.getStyleClass().add("schedule-measure");
        measure.setMinWidth(0);
        HBox.setHgrow(measure, Priority.ALWAYS);
        HBox box = new HBox(6, key, measure);
        if (!row.readState().badge().isEmpty()) {
            Label badge = new Label(row.readState().badge());
            badge.getStyleClass().addAll("schedule-read-badge", row.readState().warns() ? "warns" : "quiet");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(badge);
        }
        box.getStyleClass().add("schedule-row-label");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Keeps the label column of every row and ruler at one width, so all tracks start at the same x. */
    static void fixWidth(Region region, DoubleExpression width) {
        region.minWidthProperty().bind(width);
        region.prefWidthProperty().bind(width);
        region.maxWidthProperty().bind(width);
    }

    /** Full measure, time frame as written, the schedule in words and what was not read. */
    static Tooltip rowTooltip(ScheduleRowItem row) {
        List<String> lines = new ArrayList<>();
        lines.add(row.key() + " · " + Texts.humanize(row.kind()) + ": " + row.measure());
        lines.add("Time frame: " + row.timeFrameText());
        lines.addAll(row.scheduleInWords());
        row.unreadParts().forEach(p -> lines.add("Not read: “" + p + "”"));
        if (row.readState() == ReadState.NOT_READ) {
            lines.add("Not read: the whole time frame");
        }
        Tooltip t = new Tooltip(String.join("\n", lines));
        t.setWrapText(true);
        t.setMaxWidth(520);
        t.setShowDelay(Duration.millis(350));
        return t;
    }
}
