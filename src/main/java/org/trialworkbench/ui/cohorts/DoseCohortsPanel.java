package org.trialworkbench.ui.cohorts;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.AnnotationMarks;
import org.trialworkbench.ui.AppState;

/**
 * The Dose cohorts tab: the compared trials' cohort tables on the left ({@code #cohortTables}), the
 * escalation chart beside them ({@code #cohortChart}). Both scroll on their own.
 */
public final class DoseCohortsPanel extends SplitPane {
    private static final double TABLES_SHARE = 0.7;

    /** Without annotation marks. */
    public DoseCohortsPanel(DoseCohortsPanelViewModel model) {
        this(model, new AnnotationMarks());
    }

    /** {@code marks}: the window's annotated targets ({@code AppState.annotationMarks()}). */
    public DoseCohortsPanel(DoseCohortsPanelViewModel model, AnnotationMarks marks) {
        setId("cohortsPanel");
        getStyleClass().add("dose-cohorts-panel");
        getStylesheets().addAll(DoseCohortsPanel.class.getResource("cohorts.css").toExternalForm(),
                AnnotationBadge.STYLESHEET);
        setOrientation(Orientation.HORIZONTAL);
        getItems().addAll(scrolling(new CohortTables(model, marks)), scrolling(new DoseChartView(model)));
        setDividerPositions(TABLES_SHARE);
    }

    /** The tab as the comparison pane mounts it (id {@code cohortsTab}), over the window's shared state. */
    public static Tab tab(AppState state) {
        Tab tab = new Tab("Dose cohorts", new DoseCohortsPanel(
                new DoseCohortsPanelViewModel(state.comparedTrials(), state.selectedTargetProperty()),
                state.annotationMarks()));
        tab.setId("cohortsTab");
        return tab;
    }

    private static ScrollPane scrolling(javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("cohorts-scroll");
        return scroll;
    }
}
