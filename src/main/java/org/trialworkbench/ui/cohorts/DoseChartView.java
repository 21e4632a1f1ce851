package org.trialworkbench.ui.cohorts;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.trialworkbench.model.Amounts;

/**
 * The right side of the tab ({@code #cohortChart}): one line chart per dose unit, escalation steps on
 * x, dose on y; solid lines per administration, dashed lines cumulative, one colour per trial. JavaFX
 * has no log axis, so a log-scale group plots log10 values on a {@link NumberAxis} labelled 10ⁿ.
 */
final class DoseChartView extends VBox {
    private static final double LEGEND_WRAP = 180;
    private static final double CHART_HEIGHT = 320;

    private final DoseCohortsPanelViewModel model;

    DoseChartView(DoseCohortsPanelViewModel model) {
        this.model = model;
        setId("cohortChart");
        getStyleClass().add("cohort-chart");
        setSpacing(6);
        model.chartProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        DoseChart chart = model.chart();
        TrialColors colors = new TrialColors(chart.trialIds());
        Label heading = new Label("Escalation steps: dose by cohort");
        heading.getStyleClass().add("chart-heading");
        heading.setWrapText(true);
        getChildren().add(heading);
        if (chart.separationNote() != null) {
            getChildren().add(note(chart.separationNote(), "separation-note"));
        }
        for (DoseAxisGroup group : chart.groups()) {
            getChildren().add(groupBox(group, colors));
        }
        if (chart.groups().isEmpty() && !model.trials().isEmpty()) {
            getChildren().add(note("No cohort doses to plot", "hint"));
        }
        chart.chartNotes().forEach(line -> getChildren().add(note(line, "not-plotted")));
    }

    private VBox groupBox(DoseAxisGroup group, TrialColors colors) {
        Label title = new Label(group.unit() + " · " + group.scaleReason() + " · " + String.join(", ", group.trialIds()));
        title.getStyleClass().add("axis-group-title");
        title.setWrapText(true);
        LineChart<Number, Number> chart = new LineChart<>(stepAxis(group), doseAxis(group));
        chart.getStyleClass().add("dose-chart");
        chart.setUserData(group.unit());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_HEIGHT);
        for (DoseSeries s : group.series()) {
            addSeries(chart, s, colors.of(s.trialId()));
        }
        return new VBox(2, title, chart, legend(group, colors));
    }

    private static NumberAxis stepAxis(DoseAxisGroup group) {
        int max = group.maxSequence();
        NumberAxis x = new NumberAxis(0, max + 1, 1);
        x.setLabel("Cohort"); // the chart is narrow: a longer label is cut
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(converter(v -> {
            long step = Math.round(v.doubleValue());
            return step >= 1 && step <= max && step == v.doubleValue() ? "C" + step : "";
        }));
        return x;
    }

    private static NumberAxis doseAxis(DoseAxisGroup group) {
        NumberAxis y;
        if (group.logScale()) {
            double[] range = logRange(group);
            y = new NumberAxis(range[0], range[1], 1);
            y.setTickLabelFormatter(converter(v -> Amounts.powerOfTen((int) Math.round(v.doubleValue()))));
            y.setMinorTickVisible(false);
        } else {
            y = new NumberAxis();
            y.setForceZeroInRange(true);
            y.setTickLabelFormatter(converter(v -> Amounts.reading(v.doubleValue())));
        }
        y.setLabel(group.unit() + (group.logScale() ? " (log scale)" : ""));
        return y;
    }

    /** Whole decades around the plotted log10 values, with room so no point sits on the frame. */
    static double[] logRange(DoseAxisGroup group) {
        double min = group.series().stream().flatMap(s -> s.points().stream()).mapToDouble(DosePoint::y).min().orElse(0);
        double max = group.series().stream().flatMap(s -> s.points().stream()).mapToDouble(DosePoint::y).max().orElse(1);
        return new double[] {Math.floor(min - 0.25), Math.ceil(max + 0.25)};
    }

    private void addSeries(LineChart<Number, Number> chart, DoseSeries s, String color) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(s.name());
        s.points().forEach(p -> series.getData().add(new XYChart.Data<>(p.x(), p.y())));
        chart.getData().add(series);
        series.getNode().setStyle("-fx-stroke: " + color + "; -fx-stroke-width: 2;"
                + (s.cumulative() ? " -fx-stroke-dash-array: 7 5;" : ""));
        for (int i = 0; i < s.points().size(); i++) {
            DosePoint p = s.points().get(i);
            Node symbol = series.getData().get(i).getNode();
            symbol.setStyle("-fx-background-color: " + color + ", " + (s.cumulative() ? "white" : color) + ";"
                    + " -fx-background-insets: 0, 2; -fx-background-radius: 6px; -fx-padding: 5px;");
            Tooltip tip = new Tooltip((s.cumulative() ? "Cumulative · " : "Per administration · ") + p.label());
            tip.setShowDelay(Duration.millis(200));
            Tooltip.install(symbol, tip);
            symbol.setOnMouseClicked(e -> model.select(p.target()));
        }
    }

    private static VBox legend(DoseAxisGroup group, TrialColors colors) {
        FlowPane trials = new FlowPane(14, 4);
        for (String id : group.trialIds()) {
            trials.getChildren().add(key(colors.of(id), false, id));
        }
        // One key a line: a FlowPane lays keys out at their full width, which the narrow chart pane cuts off.
        VBox styles = new VBox(4, key("#667085", false, "dose per administration"),
                key("#667085", true, "cumulative dose"));
        // Wrap early: the chart pane is narrow, and a legend as wide as FlowPane's default (400) scrolls sideways.
        trials.setPrefWrapLength(LEGEND_WRAP);
        VBox legend = new VBox(4, trials, styles);
        legend.getStyleClass().add("dose-legend");
        return legend;
    }

    private static HBox key(String color, boolean dashed, String text) {
        Line line = new Line(0, 0, 22, 0);
        line.setStyle("-fx-stroke: " + color + "; -fx-stroke-width: 2;" + (dashed ? " -fx-stroke-dash-array: 5 3;" : ""));
        Label label = new Label(text);
        label.setWrapText(true);
        HBox key = new HBox(5, line, label);
        key.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return key;
    }

    private static Label note(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    private static StringConverter<Number> converter(java.util.function.Function<Number, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        };
    }

    /** The charts shown, one per unit (for tests). */
    List<LineChart<?, ?>> charts() {
        return lookupAll(".dose-chart").stream().<LineChart<?, ?>>map(n -> (LineChart<?, ?>) n).toList();
    }
}
