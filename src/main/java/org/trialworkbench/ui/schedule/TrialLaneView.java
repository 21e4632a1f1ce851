package org.trialworkbench.ui.schedule;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMarks;

/** One compared trial: header (id, title, axis end), its ruler, and its outcome rows. */
final class TrialLaneView extends VBox {
    private final String trialId;
    private final List<ScheduleRowView> rows;
    private final AnnotationBadge trialBadge = new AnnotationBadge();
    private final HBox header;

    TrialLaneView(TrialLane lane, DoubleExpression labelWidth, Consumer<ScheduleRowItem> onSelect,
                  Consumer<String> onRemove) {
        getStyleClass().add("schedule-lane");
        setUserData(lane.trialId());
        trialId = lane.trialId();
        header = header(lane, onRemove, trialBadge);
        getChildren().addAll(header, ruler(lane, labelWidth));
        rows = lane.rows().stream().map(r -> new ScheduleRowView(r, lane.ticks(), labelWidth, () -> onSelect.accept(r))).toList();
        getChildren().addAll(rows);
        if (lane.rows().isEmpty()) {
            Label none = new Label(lane.emptyNote());
            none.getStyleClass().add("schedule-lane-empty");
            getChildren().add(none);
        }
    }

    List<ScheduleRowView> rows() {
        return rows;
    }

    /** Marks the notes on the trial (header) and on its outcomes (rows), without a rebuild. */
    void markAnnotations(AnnotationMarks marks) {
        trialBadge.show(marks.of(trialId, "trial"), header);
        rows.forEach(r -> r.markAnnotation(marks.of(trialId, r.row().target())));
    }

    private static HBox header(TrialLane lane, Consumer<String> onRemove, AnnotationBadge trialBadge) {
        Label id = new Label(lane.trialId());
        id.getStyleClass().add("schedule-trial-id");
        id.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(lane.title() == null ? "" : lane.title());
        title.getStyleClass().add("schedule-trial-title");
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Label counts = new Label(lane.rows().size() == lane.totalRows() ? lane.totalRows() + " outcomes"
                : lane.rows().size() + " of " + lane.totalRows() + " outcomes");
        counts.getStyleClass().add("schedule-trial-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Button remove = new Button("✕");
        remove.getStyleClass().add("remove-trial-button");
        remove.setUserData(lane.trialId());
        remove.setTooltip(new Tooltip("Remove " + lane.trialId() + " from the comparison"));
        remove.setOnAction(e -> onRemove.accept(lane.trialId()));
        remove.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(10, id, trialBadge, title, counts, remove);
        header.getStyleClass().add("schedule-lane-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static HBox ruler(TrialLane lane, DoubleExpression labelWidth) {
        Label axis = new Label("axis to " + ScheduleWords.duration(lane.axisEndDays()) + " (√ scale)");
        axis.getStyleClass().add("schedule-axis-note");
        ScheduleRowView.fixWidth(axis, labelWidth);
        AxisRuler ruler = new AxisRuler(lane.ticks());
        HBox.setHgrow(ruler, Priority.ALWAYS);
        HBox box = new HBox(axis, ruler);
        box.setAlignment(Pos.BOTTOM_LEFT);
        box.getStyleClass().add("schedule-ruler-row");
        return box;
    }
}
