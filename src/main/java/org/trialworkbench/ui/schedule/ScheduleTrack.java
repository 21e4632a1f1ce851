package org.trialworkbench.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;

/**
 * The drawn part of one outcome row: faint tick lines, the recurrence line, and one marker per
 * assessment (circle: stated time point; diamond: from a recurrence). Positions are fractions of
 * the width, placed again on every layout so the grid stays crisp at any window size. A row with
 * nothing drawn says why instead: nothing read, or times that count from another event.
 */
final class ScheduleTrack extends Region {
    static final double PAD = 14;
    static final double HEIGHT = 26;
    private static final double RADIUS = 4.5;

    private final List<AxisTick> ticks;
    private final List<Line> tickLines = new ArrayList<>();
    private final List<Node> markerNodes = new ArrayList<>();
    private final List<ScheduleMarker> markers;
    private final RecurrenceSpan span;
    private final Line spanLine;
    private final Label emptyNote;

    ScheduleTrack(ScheduleRowItem row, List<AxisTick> ticks, Tooltip rowTooltip) {
        this.ticks = ticks;
        this.markers = row.markers();
        this.span = row.recurrence();
        getStyleClass().add("schedule-track");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setPrefWidth(400);
        for (int i = 0; i < ticks.size(); i++) {
            Line l = new Line();
            l.getStyleClass().add("schedule-grid-line");
            tickLines.add(l);
        }
        getChildren().addAll(tickLines);
        spanLine = span == null ? null : spanLine(span);
        if (spanLine != null) {
            getChildren().add(spanLine);
        }
        for (ScheduleMarker m : markers) {
            Node node = m.recurring() ? diamond() : circle();
            node.getStyleClass().addAll("schedule-marker", m.recurring() ? "recurrence-point" : "time-point");
            if (m.day() < 0) {
                // The scale starts at baseline: an earlier visit is pinned there, drawn hollow to say so.
                node.getStyleClass().add("before-baseline");
            }
            node.setUserData(m);
            Tooltip.install(node, m.recurring() ? rowTooltip : markerTooltip(m, row));
            markerNodes.add(node);
        }
        getChildren().addAll(markerNodes);
        emptyNote = markers.isEmpty() ? emptyNote(row) : null;
        if (emptyNote != null) {
            getChildren().add(emptyNote);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double mid = Math.round(getHeight() / 2) + 0.5;
        for (int i = 0; i < ticks.size(); i++) {
            double x = snap(xOf(ticks.get(i).x(), w));
            Line l = tickLines.get(i);
            l.setStartX(x);
            l.setEndX(x);
            l.setStartY(0);
            l.setEndY(getHeight());
        }
        if (spanLine != null) {
            spanLine.setStartX(xOf(span.fromX(), w));
            spanLine.setEndX(xOf(span.toX(), w));
            spanLine.setStartY(mid);
            spanLine.setEndY(mid);
        }
        for (int i = 0; i < markerNodes.size(); i++) {
            Node n = markerNodes.get(i);
            n.setLayoutX(Math.round(xOf(markers.get(i).x(), w)));
            n.setLayoutY(Math.round(mid));
        }
        if (emptyNote != null) {
            emptyNote.resizeRelocate(PAD, 0, Math.max(0, w - 2 * PAD), getHeight());
        }
    }

    /** Pixel position of a 0..1 axis fraction; shared with the ruler so ticks and markers line up. */
    static double xOf(double fraction, double width) {
        return PAD + fraction * Math.max(0, width - 2 * PAD);
    }

    /** Half-pixel offset so one-pixel lines are drawn sharp. */
    private static double snap(double x) {
        return Math.floor(x) + 0.5;
    }

    private static Line spanLine(RecurrenceSpan span) {
        Line line = new Line();
        line.getStyleClass().addAll("recurrence-line", span.endStated() ? "end-stated" : "end-not-stated");
        return line;
    }

    private static Circle circle() {
        return new Circle(0, 0, RADIUS);
    }

    private static Polygon diamond() {
        double r = RADIUS + 0.5;
        return new Polygon(0, -r, r, 0, 0, r, -r, 0);
    }

    private static Tooltip markerTooltip(ScheduleMarker m, ScheduleRowItem row) {
        Tooltip t = new Tooltip(m.label() + " — " + ScheduleWords.day(m.day())
                + (m.day() < 0 ? " (before baseline; drawn at baseline)" : "")
                + "\nTime frame: " + row.timeFrameText());
        t.setShowDelay(Duration.millis(250));
        return t;
    }

    private static Label emptyNote(ScheduleRowItem row) {
        String text = switch (row.readState()) {
            case NOT_READ -> "time frame not read: “" + row.timeFrame().strip() + "” — nothing drawn";
            case NO_TIME_FRAME -> "no time frame stated";
            default -> !row.anchoredTimes().isEmpty()
                    ? "not from baseline, so not on the axis: " + String.join("; ", row.anchoredTimes())
                    : row.unreadParts().isEmpty() ? "no assessment read" : "nothing drawn: parts not read";
        };
        Label note = new Label(text);
        note.getStyleClass().addAll("schedule-empty-note", row.readState().warns() ? "warns" : "quiet");
        note.setMinWidth(0);
        return note;
    }
}
