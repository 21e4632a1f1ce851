package org.trialworkbench.ui.cohorts;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.trialworkbench.model.Trial;
import org.trialworkbench.ui.SelectedTarget;

/**
 * State of the Dose cohorts tab, derived from the compared trials: one {@link TrialCohorts} per trial
 * (table rows with their hover texts) and the {@link DoseChart} (axes grouped by dose unit).
 * Selecting a row or a point sets the shared selected target. Touched on the UI thread only.
 */
public final class DoseCohortsPanelViewModel {
    private final ObservableList<Trial> comparedTrials;
    private final ObjectProperty<SelectedTarget> selectedTarget;
    private final ObservableList<TrialCohorts> trials = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DoseChart> chart = new ReadOnlyObjectWrapper<>(DoseChart.EMPTY);

    /**
     * @param comparedTrials the trials in the comparison ({@code AppState.comparedTrials()})
     * @param selectedTarget the shared selection ({@code AppState.selectedTargetProperty()})
     */
    public DoseCohortsPanelViewModel(ObservableList<Trial> comparedTrials,
                                     ObjectProperty<SelectedTarget> selectedTarget) {
        this.comparedTrials = Objects.requireNonNull(comparedTrials, "comparedTrials");
        this.selectedTarget = Objects.requireNonNull(selectedTarget, "selectedTarget");
        comparedTrials.addListener((ListChangeListener<Trial>) change -> refresh());
        refresh();
    }

    private void refresh() {
        List<Trial> now = List.copyOf(comparedTrials);
        trials.setAll(now.stream().map(TrialCohorts::of).toList());
        chart.set(DoseChartModel.of(now));
    }

    /** One entry per compared trial, in comparison order; replaced as a whole when the comparison changes. */
    public ObservableList<TrialCohorts> trials() {
        return trials;
    }

    /** The escalation chart's axes and notes; replaced when the comparison changes. */
    public ReadOnlyObjectProperty<DoseChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public DoseChart chart() {
        return chart.get();
    }

    /** Makes {@code target} (a cohort, arm or intervention of a compared trial) the shared selection. */
    public void select(SelectedTarget target) {
        if (target != null) {
            selectedTarget.set(target);
        }
    }

    public SelectedTarget selected() {
        return selectedTarget.get();
    }
}
