package org.trialworkbench.ui.compare;

import java.util.List;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.TrialCatalog;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.TaskRunner;

/** Loads full trials in the background and puts them into the comparison (Compare button, drops). */
public final class ComparisonLoader {
    private final TrialCatalog catalog;
    private final TaskRunner runner;
    private final AppState state;

    public ComparisonLoader(TrialCatalog catalog, TaskRunner runner, AppState state) {
        this.catalog = catalog;
        this.runner = runner;
        this.state = state;
    }

    /** Replaces the comparison with these trials. */
    public void compare(List<String> trialIds) {
        load(trialIds, state::compare);
    }

    /** Adds these trials to the comparison; beyond {@link AppState#MAX_COMPARED} they are refused. */
    public void add(List<String> trialIds) {
        load(trialIds, state::addToComparison);
    }

    /**
     * Reads the compared trials again (their stored reading changed), in the same columns; the
     * status line (e.g. the result of the work that changed them) is kept.
     */
    public void reload() {
        List<String> ids = state.comparedIds();
        if (ids.isEmpty()) {
            return;
        }
        runner.submit(() -> catalog.loadAll(ids), trials -> {
            String status = state.statusProperty().get();
            state.compare(trials);
            state.setStatus(status);
        }, e -> state.setStatus("Could not load the trials: " + e.getMessage()));
    }

    private void load(List<String> trialIds, java.util.function.Consumer<List<Trial>> then) {
        List<String> ids = List.copyOf(trialIds);
        state.setStatus("Loading " + ids.size() + " trials…");
        runner.submit(() -> catalog.loadAll(ids), then,
                e -> state.setStatus("Could not load the trials: " + e.getMessage()));
    }
}
