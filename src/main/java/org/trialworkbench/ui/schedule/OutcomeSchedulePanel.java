package org.trialworkbench.ui.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.trialworkbench.service.CompareUseCase;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMarks;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.TaskRunner;

/**
 * The Outcome schedule tab: a toolbar (shared-axis toggle, row filter, legend), the compared trials'
 * visit grids stacked in one scroll pane, and the detail of the selected outcome below.
 * Node ids: {@code #scheduleView} (the scroll pane), {@code #scheduleSharedAxis},
 * {@code #scheduleFilter}, {@code #scheduleDetail}; each row's id is "TRIAL:KEY". Annotated outcomes
 * and trials carry a badge, updated without a rebuild when the notes change.
 */
public final class OutcomeSchedulePanel extends BorderPane {
    private static final String CSS = "/org/trialworkbench/ui/schedule/schedule.css";
    private static final double MIN_LABEL_WIDTH = 210;
    private static final double MAX_LABEL_WIDTH = 440;
    private static final double LABEL_SHARE = 0.4;
    /** Height of the detail pane when first shown (at most half the panel). */
    private static final double DETAIL_HEIGHT = 180;
    private static final String EMPTY = "No trials compared yet. Select 2–" + AppState.MAX_COMPARED
            + " trials in the list and press Compare, or drag them here.";

    private final OutcomeSchedulePanelViewModel model;
    private final ScrollPane scroll = new ScrollPane();
    private final ScheduleDetailPane detail = new ScheduleDetailPane();
    private final Map<String, ScheduleRowView> rowViews = new HashMap<>();
    private final List<TrialLaneView> laneViews = new ArrayList<>();
    private final AnnotationMarks marks;
    private final Consumer<String> onRemoveTrial;
    /** The label column's width: a share of the visible width, so narrow windows keep room for the axis. */
    private final DoubleProperty labelWidth = new SimpleDoubleProperty(MAX_LABEL_WIDTH);

    /** Without annotation marks. */
    public OutcomeSchedulePanel(OutcomeSchedulePanelViewModel model, Consumer<String> onRemoveTrial) {
        this(model, onRemoveTrial, new AnnotationMarks());
    }

    /**
     * {@code onRemoveTrial} takes a trial out of the comparison (the ✕ in each trial's header);
     * {@code marks} are the window's annotated targets ({@code AppState.annotationMarks()}).
     */
    public OutcomeSchedulePanel(OutcomeSchedulePanelViewModel model, Consumer<String> onRemoveTrial,
                                AnnotationMarks marks) {
        this.model = model;
        this.onRemoveTrial = onRemoveTrial;
        this.marks = marks;
        setId("outcomePanel");
        getStyleClass().add("schedule-panel");
        getStylesheets().addAll(OutcomeSchedulePanel.class.getResource(CSS).toExternalForm(), AnnotationBadge.STYLESHEET);
        setTop(toolbar());
        scroll.setId("scheduleView");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("schedule-scroll");
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::moveSelectionByKey);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> labelWidth.set(
                Math.round(Math.max(MIN_LABEL_WIDTH, Math.min(MAX_LABEL_WIDTH, now.getWidth() * LABEL_SHARE)))));
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.getStyleClass().add("schedule-detail-scroll");
        SplitPane split = new SplitPane(scroll, detailScroll);
        split.setOrientation(Orientation.VERTICAL);
        detailScroll.setMinHeight(110);
        // Window resizes go to the visit grids; the detail keeps its height until the reviewer drags it.
        SplitPane.setResizableWithParent(detailScroll, false);
        placeDividerWhenShown(split);
        setCenter(split);
        model.lanesProperty().addListener((obs, old, now) -> rebuild());
        model.selectedRowProperty().addListener((obs, old, now) -> showSelection(now));
        model.problemProperty().addListener((obs, old, now) -> rebuild());
        marks.revisionProperty().addListener((obs, old, now) -> markAnnotations());
        rebuild();
    }

    /** The tab as mounted in the comparison pane (id {@code outcomeTab}). */
    public static Tab tab(AppState state, CompareUseCase comparer, TaskRunner runner) {
        OutcomeSchedulePanelViewModel model = new OutcomeSchedulePanelViewModel(state.comparedTrials(), comparer,
                runner, state.selectedTargetProperty());
        Tab tab = new Tab("Outcome schedule", new OutcomeSchedulePanel(model, state::removeFromComparison,
                state.annotationMarks()));
        tab.setId("outcomeTab");
        return tab;
    }

    public OutcomeSchedulePanelViewModel model() {
        return model;
    }

    /** A divider position needs the pane's height: place it once the pane first has one. */
    private static void placeDividerWhenShown(SplitPane split) {
        split.heightProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.doubleValue() > 0) {
                    split.heightProperty().removeListener(this);
                    double h = now.doubleValue();
                    split.setDividerPositions(1 - Math.min(DETAIL_HEIGHT, h / 2) / h);
                }
            }
        });
    }

    private VBox toolbar() {
        CheckBox shared = new CheckBox("One time axis for all trials");
        shared.setId("scheduleSharedAxis");
        shared.selectedProperty().bindBidirectional(model.sharedAxisProperty());
        TextField filter = new TextField();
        filter.setId("scheduleFilter");
        filter.setPromptText("Filter outcomes by measure or time frame");
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(model.filterProperty());
        shared.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        filter.setMaxWidth(420);
        HBox controls = new HBox(14, filter, shared);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, controls, legend());
        bar.getStyleClass().add("schedule-toolbar");
        return bar;
    }

    private static HBox legend() {
        Circle point = new Circle(4.5);
        point.getStyleClass().addAll("schedule-marker", "time-point");
        Polygon diamond = new Polygon(0, -5, 5, 0, 0, 5, -5, 0);
        diamond.getStyleClass().addAll("schedule-marker", "recurrence-point");
        Line open = new Line(0, 0, 22, 0);
        open.getStyleClass().addAll("recurrence-line", "end-not-stated");
        HBox legend = new HBox(6, point, legendText("time point"), diamond, legendText("recurrence"), open,
                legendText("no end stated (to trial horizon)"), legendText("⚠ not fully read"));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("schedule-legend");
        return legend;
    }

    private static Label legendText(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("schedule-legend-text");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Up and down move the selected outcome (the scroll pane would otherwise scroll). */
    private void moveSelectionByKey(KeyEvent e) {
        if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
            model.moveSelection(e.getCode() == KeyCode.UP ? -1 : 1);
            ScheduleRowView view = model.selectedRowProperty().get() == null ? null
                    : rowViews.get(model.selectedRowProperty().get().rowId());
            if (view != null) {
                reveal(view);
            }
            e.consume();
        }
    }

    /** Scrolls just enough to show the row. */
    private void reveal(ScheduleRowView view) {
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        var bounds = scroll.getContent().sceneToLocal(view.localToScene(view.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (bounds.getMinY() < top) {
            scroll.setVvalue(bounds.getMinY() / (contentHeight - viewport));
        } else if (bounds.getMaxY() > top + viewport) {
            scroll.setVvalue((bounds.getMaxY() - viewport) / (contentHeight - viewport));
        }
    }

    private void markAnnotations() {
        laneViews.forEach(l -> l.markAnnotations(marks));
    }

    private void rebuild() {
        rowViews.clear();
        laneViews.clear();
        List<TrialLane> lanes = model.lanes();
        if (lanes.isEmpty()) {
            String problem = model.problemProperty().get();
            Label empty = new Label(problem.isEmpty() ? EMPTY : problem);
            empty.getStyleClass().add("schedule-empty");
            empty.setWrapText(true);
            scroll.setContent(empty);
            showSelection(model.selectedRowProperty().get());
            return;
        }
        VBox content = new VBox();
        content.getStyleClass().add("schedule-lanes");
        for (TrialLane lane : lanes) {
            TrialLaneView view = new TrialLaneView(lane, labelWidth, model::select, onRemoveTrial);
            view.rows().forEach(r -> rowViews.put(r.row().rowId(), r));
            laneViews.add(view);
            content.getChildren().add(view);
        }
        markAnnotations();
        scroll.setContent(content);
        showSelection(model.selectedRowProperty().get());
    }

    private void showSelection(ScheduleRowItem selected) {
        rowViews.values().forEach(v -> v.setSelected(selected != null && v.row().rowId().equals(selected.rowId())));
        detail.show(selected);
    }
}
