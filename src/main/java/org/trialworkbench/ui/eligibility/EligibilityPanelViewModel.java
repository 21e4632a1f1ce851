package org.trialworkbench.ui.eligibility;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.service.CompareUseCase;
import org.trialworkbench.ui.AnnotationMarks;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.TaskRunner;

/**
 * The Eligibility panel without a window: follows {@link AppState#comparedTrials()}, computes the
 * comparison in the background, filters its rows ("only rows that differ", search text) and turns
 * a selected cell into the detail pane's content and the shared {@link AppState#selectedTargetProperty()}.
 * Touched on the UI thread only; results of an older comparison that arrive late are dropped.
 * The comparison and its rows are made by the {@link TaskRunner}'s worker; the UI thread gets them
 * ready-made and only filters them.
 */
public final class EligibilityPanelViewModel {
    private final AppState state;
    private final CompareUseCase comparer;
    private final TaskRunner runner;

    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<EligibilityColumn>> columns = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<EligibilityRowItem>> allRows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<EligibilityRowItem>> visibleRows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<CellSelection> selection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EligibilityDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final BooleanProperty differsOnly = new SimpleBooleanProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private long generation;

    public EligibilityPanelViewModel(AppState state, CompareUseCase comparer, TaskRunner runner) {
        this.state = state;
        this.comparer = comparer;
        this.runner = runner;
        differsOnly.addListener((obs, old, now) -> refilter());
        search.addListener((obs, old, now) -> refilter());
        state.comparedTrials().addListener((ListChangeListener<Trial>) c -> recompute());
        recompute();
    }

    /** The comparison shown; null while no trial is compared. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The compared trials as columns, in the comparison's order. */
    public ReadOnlyObjectProperty<List<EligibilityColumn>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** All rows of the comparison, unfiltered. */
    public List<EligibilityRowItem> allRows() {
        return allRows.get();
    }

    /** The rows passing "only rows that differ" and the search text; replaced as a whole on every change. */
    public ReadOnlyObjectProperty<List<EligibilityRowItem>> visibleRowsProperty() {
        return visibleRows.getReadOnlyProperty();
    }

    public List<EligibilityRowItem> visibleRows() {
        return visibleRows.get();
    }

    public BooleanProperty differsOnlyProperty() {
        return differsOnly;
    }

    /** Case-insensitive text matched against row labels and cell texts. */
    public StringProperty searchProperty() {
        return search;
    }

    /** True while a comparison is being computed in the background. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Which targets of the compared trials carry notes (the window's shared marks). */
    public AnnotationMarks annotationMarks() {
        return state.annotationMarks();
    }

    public ReadOnlyObjectProperty<CellSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The selected cell explained; null when nothing is selected. */
    public ReadOnlyObjectProperty<EligibilityDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /**
     * Selects one entry of a cell (0 for a cell with one or no entry): fills the detail pane and
     * sets the shared selected target to the criterion or field, or to null for a cell that states
     * nothing of a criterion row (there is nothing in that trial to annotate).
     */
    public void select(String rowKey, String trialId, int entryIndex) {
        Optional<EligibilityRow> row = row(rowKey);
        Optional<EligibilityCell> cell = row.flatMap(r -> r.cells().stream()
                .filter(c -> c.trialId().equals(trialId)).findFirst());
        if (cell.isEmpty()) {
            clearSelection();
            return;
        }
        int index = Math.max(0, Math.min(entryIndex, Math.max(0, cell.get().entries().size() - 1)));
        CellEntry entry = cell.get().stated() ? cell.get().entries().get(index) : null;
        selection.set(new CellSelection(rowKey, trialId, index));
        detail.set(EligibilityDetails.of(comparison.get(), row.get(), cell.get(), index));
        String target = EligibilityDetails.target(row.get(), entry);
        state.selectedTargetProperty().set(target == null ? null : new SelectedTarget(trialId, target));
    }

    public void clearSelection() {
        selection.set(null);
        detail.set(null);
    }

    private Optional<EligibilityRow> row(String rowKey) {
        return allRows.get().stream().map(EligibilityRowItem::row).filter(r -> r.key().equals(rowKey)).findFirst();
    }

    private void recompute() {
        List<Trial> trials = List.copyOf(state.comparedTrials());
        long current = ++generation;
        if (trials.isEmpty()) {
            computing.set(false);
            show(null);
            return;
        }
        computing.set(true);
        // Aligning and building the rows both run in the background: the UI thread only shows them.
        runner.submit(() -> Loaded.of(comparer.compare(trials)), result -> {
            if (current == generation) {
                computing.set(false);
                show(result);
            }
        }, failure -> {
            if (current == generation) {
                computing.set(false);
                state.setStatus("Could not compare the eligibility: " + failure.getMessage());
            }
        });
    }

    private void show(Loaded result) {
        CellSelection kept = selection.get();
        comparison.set(result == null ? null : result.comparison());
        columns.set(result == null ? List.of() : result.columns());
        allRows.set(result == null ? List.of() : result.rows());
        refilter();
        if (kept != null && row(kept.rowKey()).isPresent() && state.comparedIds().contains(kept.trialId())) {
            select(kept.rowKey(), kept.trialId(), kept.entryIndex());
        } else {
            clearSelection();
        }
    }

    private void refilter() {
        visibleRows.set(EligibilityRowItem.filter(allRows.get(), differsOnly.get(), search.get()));
    }

    /** A comparison with its columns and rows, all made on the worker thread. */
    private record Loaded(Comparison comparison, List<EligibilityColumn> columns, List<EligibilityRowItem> rows) {
        static Loaded of(Comparison comparison) {
            return new Loaded(comparison, comparison.trials().stream()
                    .map(t -> EligibilityColumn.of(t.id(), t.briefTitle())).toList(), EligibilityRowItems.of(comparison));
        }
    }
}
