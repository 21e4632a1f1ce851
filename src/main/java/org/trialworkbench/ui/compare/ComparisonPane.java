package org.trialworkbench.ui.compare;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.service.CompareUseCase;
import org.trialworkbench.ui.TaskRunner;
import org.trialworkbench.ui.schedule.OutcomeSchedulePanel;
import org.trialworkbench.ui.cohorts.DoseCohortsPanel;
import org.trialworkbench.ui.eligibility.EligibilityPanel;

/**
 * Centre: the comparison workspace, three tabs over the compared trials. Accepts trial rows
 * dragged from the list (added up to {@link AppState#MAX_COMPARED}).
 */
public final class ComparisonPane extends StackPane {
    private static final String EMPTY = "No trials compared yet. Select 2–" + AppState.MAX_COMPARED
            + " trials in the list and press Compare, or drag them here.";

    public ComparisonPane(AppState state, ComparisonLoader loader, CompareUseCase comparer, TaskRunner runner) {
        getStyleClass().add("comparison-pane");
        setId("comparisonPane");
        TabPane tabs = new TabPane(
                eligibilityTab(state, comparer, runner),
                OutcomeSchedulePanel.tab(state, comparer, runner),
                DoseCohortsPanel.tab(state));
        tabs.setId("comparisonTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getChildren().add(tabs);
        acceptTrialDrops(loader);
    }

    private static Tab eligibilityTab(AppState state, CompareUseCase comparer, TaskRunner runner) {
        Tab tab = new Tab("Eligibility", new EligibilityPanel(state, comparer, runner, EMPTY));
        tab.setId("eligibilityTab");
        return tab;
    }

    private void acceptTrialDrops(ComparisonLoader loader) {
        setOnDragOver(e -> {
            if (TrialDrag.carriesTrials(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragEntered(e -> {
            if (TrialDrag.carriesTrials(e.getDragboard())) {
                getStyleClass().add("drop-target");
            }
        });
        setOnDragExited(e -> getStyleClass().remove("drop-target"));
        setOnDragDropped(e -> {
            if (TrialDrag.carriesTrials(e.getDragboard())) {
                loader.add(TrialDrag.trialIds(e.getDragboard()));
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }
}
