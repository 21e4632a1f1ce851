package org.trialworkbench.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.OutcomeScheduleRow;
import org.trialworkbench.model.comparison.ScheduleComparison;
import org.trialworkbench.model.comparison.TimeScale;
import org.trialworkbench.model.comparison.TrialSchedule;
import org.trialworkbench.service.CompareUseCase;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.TaskRunner;

/**
 * The Outcome schedule panel without a window: recomputes the schedule comparison in the background
 * whenever the compared trials change, and derives the lanes to draw from it, the axis mode (one
 * shared axis or one per trial) and the row filter. Selecting a row publishes its outcome as the
 * shared selected target. Touched on the UI thread only.
 */
public final class OutcomeSchedulePanelViewModel {
    /** Axis ticks closer than this (0..1) to the axis end get no separate end tick. */
    private static final double END_TICK_GAP = 0.06;

    private final ObservableList<Trial> comparedTrials;
    private final CompareUseCase comparer;
    private final TaskRunner runner;
    private final ObjectProperty<SelectedTarget> selectedTarget;
    private final BooleanProperty sharedAxis = new SimpleBooleanProperty(true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ScheduleComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<TrialLane>> lanes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ScheduleRowItem> selectedRow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** Counts requests so a slow, outdated comparison never replaces a newer one. */
    private long generation;

    public OutcomeSchedulePanelViewModel(ObservableList<Trial> comparedTrials, CompareUseCase comparer,
                                         TaskRunner runner, ObjectProperty<SelectedTarget> selectedTarget) {
        this.comparedTrials = comparedTrials;
        this.comparer = comparer;
        this.runner = runner;
        this.selectedTarget = selectedTarget;
        comparedTrials.addListener((ListChangeListener<Trial>) c -> recompute());
        sharedAxis.addListener((obs, old, now) -> relayout());
        filter.addListener((obs, old, now) -> relayout());
        selectedTarget.addListener((obs, old, now) -> followSelectedTarget(now));
        recompute();
    }

    /** True: every trial on one axis up to the longest horizon; false: each trial on its own. */
    public BooleanProperty sharedAxisProperty() {
        return sharedAxis;
    }

    /** Rows whose measure or time frame contain this text (any case) are shown; blank shows all. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The lanes to draw, one per compared trial in comparison order; replaced as a whole. */
    public ReadOnlyObjectProperty<List<TrialLane>> lanesProperty() {
        return lanes.getReadOnlyProperty();
    }

    public List<TrialLane> lanes() {
        return lanes.get();
    }

    /** The schedule comparison last computed; null before the first or with no trials. */
    public ReadOnlyObjectProperty<ScheduleComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The selected outcome row (with the axis mode in use); null when none. */
    public ReadOnlyObjectProperty<ScheduleRowItem> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** True while a comparison is being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why the last comparison failed; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The row with this id ("NCT…:P1") among all rows, filtered out or not. */
    public Optional<ScheduleRowItem> row(String rowId) {
        ScheduleComparison c = comparison.get();
        if (c == null) {
            return Optional.empty();
        }
        return c.trials().stream().flatMap(t -> t.rows().stream()
                        .filter(r -> (t.trialId() + ":" + r.outcomeKey()).equals(rowId))
                        .map(r -> ScheduleRowItems.of(t, r, axisEnd(c, t))))
                .findFirst();
    }

    /** Selects this outcome and makes it the window's selected target ({@code outcome:KEY}); null clears. */
    public void select(ScheduleRowItem row) {
        ScheduleRowItem current = row == null ? null : row(row.rowId()).orElse(null);
        selectedRow.set(current);
        if (current != null) {
            selectedTarget.set(new SelectedTarget(current.trialId(), current.target()));
        }
    }

    /**
     * Moves the selection by {@code step} rows through the shown rows, across trials (arrow keys);
     * with nothing selected, selects the first shown row. Stays put at either end.
     */
    public void moveSelection(int step) {
        List<ScheduleRowItem> shown = lanes.get().stream().flatMap(l -> l.rows().stream()).toList();
        if (shown.isEmpty()) {
            return;
        }
        ScheduleRowItem current = selectedRow.get();
        int index = current == null ? -1 : shown.stream().map(ScheduleRowItem::rowId).toList().indexOf(current.rowId());
        int next = index < 0 ? 0 : Math.max(0, Math.min(shown.size() - 1, index + step));
        select(shown.get(next));
    }

    private void recompute() {
        List<Trial> trials = List.copyOf(comparedTrials);
        long request = ++generation;
        if (trials.isEmpty()) {
            show(null);
            return;
        }
        computing.set(true);
        runner.submit(() -> comparer.compare(trials).schedules(), result -> {
            if (request == generation) {
                problem.set("");
                show(result);
            }
        }, error -> {
            if (request == generation) {
                problem.set("The schedules could not be lined up: " + error.getMessage());
                show(null);
            }
        });
    }

    private void show(ScheduleComparison result) {
        computing.set(false);
        comparison.set(result);
        relayout();
    }

    private void relayout() {
        ScheduleComparison c = comparison.get();
        List<TrialLane> result = new ArrayList<>();
        if (c != null) {
            for (TrialSchedule t : c.trials()) {
                result.add(lane(c, t));
            }
        }
        lanes.set(List.copyOf(result));
        ScheduleRowItem selected = selectedRow.get();
        selectedRow.set(selected == null ? null : row(selected.rowId()).orElse(null));
    }

    private TrialLane lane(ScheduleComparison c, TrialSchedule t) {
        double end = axisEnd(c, t);
        List<ScheduleRowItem> rows = t.rows().stream().filter(this::passesFilter)
                .map(r -> ScheduleRowItems.of(t, r, end)).toList();
        String emptyNote = !rows.isEmpty() ? "" : t.rows().isEmpty() ? "This trial lists no outcome measures."
                : "No outcome of this trial matches “" + filter.get().strip() + "”.";
        return new TrialLane(t.trialId(), t.briefTitle(), end, ticks(end), rows, t.rows().size(), emptyNote);
    }

    private double axisEnd(ScheduleComparison c, TrialSchedule t) {
        return sharedAxis.get() ? c.sharedAxisEndDays() : t.axisEndDays();
    }

    private boolean passesFilter(OutcomeScheduleRow row) {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || contains(row.measure(), needle) || contains(row.timeFrame(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The scale's landmark ticks within the axis, and the axis end when no landmark sits there. */
    static List<AxisTick> ticks(double endDays) {
        List<AxisTick> ticks = new ArrayList<>();
        for (int i = 0; i < TimeScale.TICK_DAYS.length; i++) {
            if (TimeScale.TICK_DAYS[i] <= endDays * (1 + 1e-9)) {
                ticks.add(new AxisTick(TimeScale.position(TimeScale.TICK_DAYS[i], endDays), TimeScale.TICK_LABELS[i]));
            }
        }
        double last = ticks.isEmpty() ? 0 : ticks.get(ticks.size() - 1).x();
        if (1 - last > END_TICK_GAP) {
            ticks.add(new AxisTick(1, ScheduleWords.shortDuration(endDays)));
        }
        return ticks;
    }

    /** Keeps the row in step when another panel selects an outcome of a compared trial. */
    private void followSelectedTarget(SelectedTarget target) {
        if (target == null || target.target() == null || !target.target().startsWith("outcome:")) {
            return;
        }
        String rowId = target.trialId() + ":" + target.target().substring("outcome:".length());
        ScheduleRowItem current = selectedRow.get();
        if (current == null || !current.rowId().equals(rowId)) {
            row(rowId).ifPresent(selectedRow::set);
        }
    }
}
