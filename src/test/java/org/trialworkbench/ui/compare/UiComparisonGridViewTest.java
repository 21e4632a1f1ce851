package org.trialworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.Trial;
import org.trialworkbench.ui.TestTrials;

/** The grid follows the comparison as trials come and go, without errors on the UI thread. */
@ExtendWith(ApplicationExtension.class)
class UiComparisonGridViewTest {
    private final ObservableList<Trial> compared = FXCollections.observableArrayList();
    private final List<Throwable> uiErrors = new CopyOnWriteArrayList<>();
    private final List<String> removed = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        previous = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uiErrors.add(e));
        ComparisonGridView view = new ComparisonGridView(new EligibilityPanelViewModel(compared), removed::add,
                "nothing compared");
        view.setId("grid");
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText)
                .toList();
    }

    @Test
    void growsAndShrinksWithTheComparison(FxRobot robot) {
        assertThat(texts(robot, "#grid .empty-comparison")).containsExactly("nothing compared");
        robot.interact(() -> compared.setAll(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));
        robot.interact(() -> compared.addAll(TestTrials.bare("T3", "Third"), TestTrials.bare("T4", "Fourth")));
        assertThat(texts(robot, "#grid .column-trial-id"))
                .containsExactly("NCT01000001", "jRCT2031200001", "T3", "T4");
        assertThat(texts(robot, "#grid .value-cell")).contains("Female", "18 years (inclusive)");
        robot.interact(() -> compared.remove(0, 3));
        assertThat(texts(robot, "#grid .column-trial-id")).containsExactly("T4");
        assertThat(uiErrors).isEmpty();
    }

    @Test
    void theCrossAsksToRemoveItsTrial(FxRobot robot) {
        robot.interact(() -> compared.setAll(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));
        robot.clickOn(robot.lookup("#grid .remove-trial-button").nth(1).queryButton());
        assertThat(removed).containsExactly("jRCT2031200001");
    }

    @Test
    void differingRowsAreMarked(FxRobot robot) {
        Trial a = TestTrials.doseEscalation();
        Trial b = a.toBuilder().id("NCT01000002").eligibility(new Eligibility(a.eligibility().minimumAge(),
                a.eligibility().maximumAge(), Sex.FEMALE, a.eligibility().healthyVolunteers(),
                a.eligibility().criteriaText(), a.eligibility().criteria())).build();
        robot.interact(() -> compared.setAll(a, b));
        assertThat(texts(robot, "#grid .row-label.differs")).containsExactly("Sex");
        assertThat(texts(robot, "#grid .value-cell.differs")).containsExactly("All", "Female");
    }
}
