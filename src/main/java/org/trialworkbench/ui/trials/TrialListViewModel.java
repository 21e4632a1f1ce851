package org.trialworkbench.ui.trials;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.service.TrialCatalog;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.TaskRunner;
import org.trialworkbench.ui.compare.ComparisonLoader;

/**
 * The trial list: the rows matching the filter, the stored-trial count and whether the selection
 * can be compared. Every catalog query runs through the {@link TaskRunner}; an answer that arrives
 * after a newer query was started is dropped, so fast typing never shows stale rows.
 */
public final class TrialListViewModel {
    private final TrialCatalog catalog;
    private final TaskRunner runner;
    private final AppState state;
    private final ComparisonLoader loader;
    private final ObservableList<TrialSummary> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanBinding canCompare;
    private long generation;

    private record Listing(List<TrialSummary> rows, int storedCount) {
    }

    public TrialListViewModel(TrialCatalog catalog, TaskRunner runner, AppState state, ComparisonLoader loader) {
        this.catalog = catalog;
        this.runner = runner;
        this.state = state;
        this.loader = loader;
        canCompare = Bindings.createBooleanBinding(() -> {
            int n = state.selectedTrials().size();
            return n >= 2 && n <= AppState.MAX_COMPARED;
        }, state.selectedTrials());
    }

    public ObservableList<TrialSummary> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanBinding canCompareProperty() {
        return canCompare;
    }

    /** Reads the stored count and the filtered rows again (start, after an import). */
    public void refresh() {
        String query = currentQuery();
        long mine = ++generation;
        boolean firstRead = state.storedCountProperty().get() < 0;
        if (firstRead) {
            state.setStatus("Reading the stored trials…");
        }
        runner.submit(() -> {
            List<TrialSummary> all = catalog.list(null);
            return new Listing(query == null ? all : catalog.list(query), all.size());
        }, listing -> {
            if (firstRead) {
                state.setStatus("Ready");
            }
            state.storedCountProperty().set(listing.storedCount());
            show(mine, listing.rows());
        }, this::failed);
    }

    /** Runs the filter query alone (the stored count does not change by filtering). */
    public void applyFilter() {
        String query = currentQuery();
        long mine = ++generation;
        runner.submit(() -> catalog.list(query), found -> show(mine, found), this::failed);
    }

    /** Compares the selected trials (2 to {@link AppState#MAX_COMPARED}). */
    public void compareSelected() {
        if (canCompare.get()) {
            loader.compare(state.selectedTrials().stream().map(TrialSummary::id).toList());
        }
    }

    private void show(long answerTo, List<TrialSummary> found) {
        if (answerTo == generation) {
            rows.setAll(found);
        }
    }

    private void failed(Throwable e) {
        state.setStatus("Could not read the stored trials: " + e.getMessage());
    }

    private String currentQuery() {
        String q = filter.get();
        return q == null || q.isBlank() ? null : q.strip();
    }
}
