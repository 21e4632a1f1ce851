package org.trialworkbench.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.FakeExporter;
import org.trialworkbench.ui.FakeImporter;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.UiContext;

/** The Outcome schedule tab in the real window (headless Monocle), fake services, real background threads. */
@ExtendWith(ApplicationExtension.class)
class UiOutcomeSchedulePanelTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage ignored) {
        FakeCatalog catalog = new FakeCatalog(ScheduleTrials.monthly(), ScheduleTrials.twoYears(),
                ScheduleTrials.measureTimesOnly());
        UiContext context = new UiContext(catalog, new FakeImporter(catalog, List.of(), List.of()),
                new FakeExporter(Set.of(ExportFormat.JSON)), dir.resolve("settings-" + System.nanoTime() + ".json"),
                "test", "/tmp/store");
        window = MainWindow.create(context, new Stage(), new FxTaskRunner());
        window.stage().setWidth(1200);
        window.stage().setHeight(780);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
        window.shutdown();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private static List<String> rowIds(FxRobot robot) {
        return robot.lookup("#scheduleView .schedule-row").queryAll().stream().map(n -> (String) n.getUserData()).toList();
    }

    private static Node rowNode(FxRobot robot, String rowId) {
        return robot.lookup("#scheduleView .schedule-row").match(n -> rowId.equals(n.getUserData())).query();
    }

    private static List<Node> markers(FxRobot robot, String rowId, String kind) {
        return robot.from(rowNode(robot, rowId)).lookup(".schedule-marker." + kind).queryAll().stream().toList();
    }

    private static double sceneX(Node n) {
        return n.localToScene(0, 0).getX();
    }

    private static List<String> labels(FxRobot robot, Node root) {
        return robot.from(root).lookup(".label").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).toList();
    }

    private void compareBothTrials(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.state().compare(List.of(ScheduleTrials.monthly(), ScheduleTrials.twoYears())));
        robot.clickOn("Outcome schedule");
        waitUntil(() -> rowIds(robot).size() == 7);
    }

    @Test
    void bothTrialsRowsAndMarkersOnOneSharedAxisThenEachOnItsOwn(FxRobot robot) throws TimeoutException {
        compareBothTrials(robot);
        assertThat(rowIds(robot)).containsExactly("NCT01000011:P1", "NCT01000011:S1", "NCT01000011:S2",
                "NCT01000011:O1", "NCT01000022:P1", "NCT01000022:S1", "NCT01000022:S2");
        assertThat(markers(robot, "NCT01000011:P1", "recurrence-point")).hasSize(12);
        assertThat(markers(robot, "NCT01000022:S1", "recurrence-point")).hasSize(8);
        assertThat(markers(robot, "NCT01000022:P1", "time-point")).hasSize(3);
        assertThat(robot.lookup("#scheduleView .schedule-marker").queryAll()).hasSize(25);
        assertThat(labels(robot, rowNode(robot, "NCT01000011:O1"))).anyMatch(t -> t.contains("not read"));
        assertThat(labels(robot, rowNode(robot, "NCT01000011:S2"))).contains("partly unread");

        // Shared two-year axis: month 12 of the one-year trial sits at sqrt(1/2) of the way to year 2 of the
        // other, right over the last of its own monthly visits.
        double baseline = sceneX(markers(robot, "NCT01000011:S2", "time-point").get(0));
        double month12 = sceneX(markers(robot, "NCT01000011:S1", "time-point").get(0));
        double year2 = sceneX(markers(robot, "NCT01000022:P1", "time-point").get(2));
        double lastMonthly = sceneX(markers(robot, "NCT01000011:P1", "recurrence-point").get(11));
        assertThat((month12 - baseline) / (year2 - baseline)).isCloseTo(Math.sqrt(0.5), within(0.01));
        assertThat(month12).isCloseTo(lastMonthly, within(1.0));

        robot.clickOn("#scheduleSharedAxis");
        waitUntil(() -> sceneX(markers(robot, "NCT01000011:S1", "time-point").get(0)) > month12 + 10);
        double ownMonth12 = sceneX(markers(robot, "NCT01000011:S1", "time-point").get(0));
        double ownYear2 = sceneX(markers(robot, "NCT01000022:P1", "time-point").get(2));
        assertThat(ownMonth12).isCloseTo(ownYear2, within(1.0));
    }

    @Test
    void theFilterKeepsMatchingRowsAndSaysWhichTrialHasNone(FxRobot robot) throws TimeoutException {
        compareBothTrials(robot);
        robot.clickOn("#scheduleFilter").write("albumin");
        waitUntil(() -> rowIds(robot).equals(List.of("NCT01000022:S1"))
                && labels(robot, robot.lookup("#scheduleView").query()).contains("No outcome of this trial matches “albumin”."));
        assertThat(labels(robot, robot.lookup("#scheduleView").query()))
                .contains("No outcome of this trial matches “albumin”.", "1 of 3 outcomes");
        robot.interact(() -> robot.lookup("#scheduleFilter").queryTextInputControl().clear());
        assertThat(rowIds(robot)).hasSize(7);
    }

    @Test
    void clickingARowOrAMarkerShowsTheDetailAndSelectsTheOutcome(FxRobot robot) throws TimeoutException {
        compareBothTrials(robot);
        assertThat(labels(robot, robot.lookup("#scheduleDetail").query()))
                .containsExactly(ScheduleDetailPane.NOTHING_SELECTED);

        robot.clickOn(robot.from(rowNode(robot, "NCT01000011:S2")).lookup(".schedule-measure").queryLabeled());
        assertThat(window.state().selectedTargetProperty().get())
                .isEqualTo(new SelectedTarget("NCT01000011", "outcome:S2"));
        assertThat(rowNode(robot, "NCT01000011:S2").getStyleClass()).contains("selected");
        assertThat(labels(robot, robot.lookup("#scheduleDetail").query())).contains(
                "NCT01000011 · S2 · Secondary outcome", "Quality of life (SF-36)", "Baseline and end of study",
                "Time point: 0 days (“Baseline”)", "⚠ Not read: “end of study”", "1 assessment");

        robot.type(KeyCode.DOWN);
        assertThat(window.state().selectedTargetProperty().get())
                .isEqualTo(new SelectedTarget("NCT01000011", "outcome:O1"));

        robot.clickOn(markers(robot, "NCT01000022:S1", "recurrence-point").get(3));
        assertThat(window.state().selectedTargetProperty().get())
                .isEqualTo(new SelectedTarget("NCT01000022", "outcome:S1"));
        assertThat(rowNode(robot, "NCT01000011:S2").getStyleClass()).doesNotContain("selected");
        assertThat(labels(robot, robot.lookup("#scheduleDetail").query())).contains(
                "Recurrence: every 3 months (“every three months”) until 2 years (the trial horizon; no end stated)");
    }

    @Test
    void anOutcomeDatedByItsMeasureSaysSoInItsRowAndDetail(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.state().compare(List.of(ScheduleTrials.measureTimesOnly(), ScheduleTrials.twoYears())));
        robot.clickOn("Outcome schedule");
        waitUntil(() -> rowIds(robot).size() == 5);
        assertThat(labels(robot, rowNode(robot, "NCT01000033:P1"))).contains("time from measure");
        assertThat(labels(robot, rowNode(robot, "NCT01000033:S1"))).contains("no time frame");
        assertThat(markers(robot, "NCT01000033:P1", "time-point")).hasSize(2);

        robot.clickOn(robot.from(rowNode(robot, "NCT01000033:P1")).lookup(".schedule-measure").queryLabeled());
        assertThat(labels(robot, robot.lookup("#scheduleDetail").query())).contains("none stated", "Read from the measure",
                "From Baseline … at Month 9", "Time points: 0 days (“Baseline”), 9 months (“Month 9”)");
    }

    @Test
    void theCrossInATrialHeaderRemovesItFromTheComparison(FxRobot robot) throws TimeoutException {
        compareBothTrials(robot);
        Node remove = robot.lookup("#scheduleView .remove-trial-button")
                .match(n -> "NCT01000011".equals(n.getUserData())).query();
        robot.clickOn(remove);
        waitUntil(() -> rowIds(robot).size() == 3);
        assertThat(window.state().comparedIds()).containsExactly("NCT01000022");
    }
}
