package org.trialworkbench.ui.compare;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.trialworkbench.ui.AppState;

/**
 * Centre: the comparison workspace, three tabs over the compared trials. Accepts trial rows
 * dragged from the list (added up to {@link AppState#MAX_COMPARED}).
 */
public final class ComparisonPane extends StackPane {
    private static final String EMPTY = "No trials compared yet. Select 2–" + AppState.MAX_COMPARED
            + " trials in the list and press Compare, or drag them here.";

    public ComparisonPane(AppState state, ComparisonLoader loader) {
        getStyleClass().add("comparison-pane");
        setId("comparisonPane");
        TabPane tabs = new TabPane(
                tab("Eligibility", "eligibilityTab", new EligibilityPanelViewModel(state.comparedTrials()), state),
                org.trialworkbench.ui.schedule.OutcomeSchedulePanel.tab(state, new org.trialworkbench.service.CompareService(),
                        new org.trialworkbench.ui.FxTaskRunner()),
                tab("Dose cohorts", "cohortsTab", new DoseCohortsPanelViewModel(state.comparedTrials()), state));
        tabs.setId("comparisonTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getChildren().add(tabs);
        acceptTrialDrops(loader);
    }

    private static Tab tab(String title, String id, ComparisonPanelViewModel model, AppState state) {
        ComparisonGridView view = new ComparisonGridView(model, state::removeFromComparison, EMPTY);
        view.setId(id.replace("Tab", "Panel"));
        Tab tab = new Tab(title, view);
        tab.setId(id);
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
