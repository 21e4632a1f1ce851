package org.trialworkbench.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The tick labels above a trial's rows, placed with {@link ScheduleTrack#xOf} so they sit over the
 * markers. A label that would overlap its left neighbour is hidden (crowded early ticks on long axes).
 */
final class AxisRuler extends Region {
    private static final double HEIGHT = 22;
    private static final double GAP = 6;

    private final List<AxisTick> ticks;
    private final List<Label> labels = new ArrayList<>();
    private final List<Line> marks = new ArrayList<>();
    private final Line baseLine = new Line();

    AxisRuler(List<AxisTick> ticks) {
        this.ticks = ticks;
        getStyleClass().add("schedule-ruler");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setPrefWidth(400);
        baseLine.getStyleClass().add("schedule-ruler-line");
        getChildren().add(baseLine);
        for (AxisTick t : ticks) {
            Label label = new Label(t.x() == 0 ? "baseline" : t.label());
            label.getStyleClass().add("schedule-tick-label");
            Line mark = new Line();
            mark.getStyleClass().add("schedule-tick-mark");
            labels.add(label);
            marks.add(mark);
        }
        getChildren().addAll(marks);
        getChildren().addAll(labels);
    }

    /** The tick texts, for tests. */
    List<String> tickLabels() {
        return labels.stream().map(Label::getText).toList();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bottom = Math.floor(h) - 0.5;
        baseLine.setStartX(ScheduleTrack.xOf(0, w));
        baseLine.setEndX(ScheduleTrack.xOf(1, w));
        baseLine.setStartY(bottom);
        baseLine.setEndY(bottom);
        double rightOfPrevious = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ticks.size(); i++) {
            double x = Math.floor(ScheduleTrack.xOf(ticks.get(i).x(), w)) + 0.5;
            Line mark = marks.get(i);
            mark.setStartX(x);
            mark.setEndX(x);
            mark.setStartY(bottom - 4);
            mark.setEndY(bottom);
            Label label = labels.get(i);
            double lw = label.prefWidth(-1);
            double lh = label.prefHeight(-1);
            // Keep the first and last label inside the ruler.
            double left = Math.max(0, Math.min(x - lw / 2, w - lw));
            boolean fits = left >= rightOfPrevious + GAP;
            label.setVisible(fits);
            if (fits) {
                rightOfPrevious = left + lw;
            }
            label.resizeRelocate(Math.round(left), Math.max(0, bottom - 4 - lh), lw, lh);
        }
    }
}
