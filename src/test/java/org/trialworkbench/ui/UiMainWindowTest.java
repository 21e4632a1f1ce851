package org.trialworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.ImportEvent;
import org.trialworkbench.service.ImportListener;
import org.trialworkbench.service.ImportReport;
import org.trialworkbench.service.ImportUseCase;
import org.trialworkbench.ui.settings.SettingsStore;
import org.trialworkbench.ui.settings.UiSettings;

/** The main path through the real window (headless Monocle), with fake services and real background threads. */
@ExtendWith(ApplicationExtension.class)
class UiMainWindowTest {
    @TempDir
    static Path dir;

    private FakeCatalog catalog;
    private FakeImporter importer;
    private MainWindow window;

    @Start
    void start(Stage ignored) {
        catalog = new FakeCatalog();
        importer = new FakeImporter(catalog, List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()),
                List.of());
        UiContext context = new UiContext(catalog, importer, new FakeExporter(Set.of(ExportFormat.JSON)),
                dir.resolve("settings-" + System.nanoTime() + ".json"), "0.1.0-test", "/tmp/store");
        window = MainWindow.create(context, new Stage(), new FxTaskRunner());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
        window.shutdown();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private TableView<TrialSummary> table(FxRobot robot) {
        return robot.lookup("#trialTable").queryTableView();
    }

    private void importTwoTrials(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.imports().importPaths(List.of(Path.of("two-trials.json"))));
        waitUntil(() -> table(robot).getItems().size() == 2);
        // The rows' cells are made on a later pulse; a loaded machine can take a while to get there.
        waitUntil(() -> robot.lookup("NCT01000001").tryQuery().isPresent());
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).toList();
    }

    @Test
    void importSelectCompareAndSwitchTabs(FxRobot robot) throws TimeoutException {
        assertThat(robot.lookup("#compareButton").queryButton().isDisabled()).isTrue();
        importTwoTrials(robot);
        assertThat(table(robot).getItems()).extracting(TrialSummary::id)
                .containsExactly("NCT01000001", "jRCT2031200001");
        assertThat(robot.lookup("#storedCountLabel").queryLabeled().getText()).isEqualTo("2 trials stored");
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).startsWith("Import: 2 imported");

        robot.clickOn("NCT01000001").press(KeyCode.SHIFT).clickOn("jRCT2031200001").release(KeyCode.SHIFT);
        assertThat(window.state().selectedTrials()).hasSize(2);
        robot.clickOn("#compareButton");
        waitUntil(() -> window.state().comparedTrials().size() == 2);

        assertThat(texts(robot, "#eligibilityPanel .column-trial-id")).containsExactly("NCT01000001", "jRCT2031200001");
        assertThat(texts(robot, "#eligibilityPanel .elig-entry-text")).contains("≥ 18 years", "> 20 years");

        robot.clickOn("Outcome schedule");
        TabPane tabs = robot.lookup("#comparisonTabs").query();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("outcomeTab");
        waitUntil(() -> robot.lookup("#scheduleView .schedule-row").queryAll().size() == 3);
        assertThat(robot.lookup("#scheduleView .schedule-row").queryAll().stream().map(Node::getUserData).toList())
                .containsExactly("NCT01000001:P1", "NCT01000001:S1", "jRCT2031200001:P1");
        robot.clickOn("Dose cohorts");
        assertThat(robot.lookup("#cohorts-NCT01000001").queryTableView().getItems()).hasSize(2);
        assertThat(robot.lookup("#items-jRCT2031200001").queryTableView().getItems()).hasSize(3);
    }

    @Test
    void theCrossRemovesATrialFromTheComparison(FxRobot robot) throws TimeoutException {
        importTwoTrials(robot);
        robot.interact(() -> window.state().compare(List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2())));
        Button remove = robot.lookup("#eligibilityPanel .remove-trial-button").queryAllAs(Button.class).stream()
                .filter(b -> "NCT01000001".equals(b.getUserData())).findFirst().orElseThrow();
        robot.clickOn(remove);
        assertThat(window.state().comparedIds()).containsExactly("jRCT2031200001");
        assertThat(texts(robot, "#eligibilityPanel .column-trial-id")).containsExactly("jRCT2031200001");
    }

    @Test
    void theFilterBoxFiltersTheList(FxRobot robot) throws TimeoutException {
        importTwoTrials(robot);
        robot.clickOn("#filterField").write("women");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).id()).isEqualTo("jRCT2031200001");
        assertThat(robot.lookup("#storedCountLabel").queryLabeled().getText()).isEqualTo("2 trials stored");
        robot.interact(() -> robot.lookup("#filterField").queryTextInputControl().clear());
        waitUntil(() -> table(robot).getItems().size() == 2);
        // The rows' cells are made on a later pulse; a loaded machine can take a while to get there.
        waitUntil(() -> robot.lookup("NCT01000001").tryQuery().isPresent());
    }

    @Test
    void anEmptyStoreOffersTheExampleTrials(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#examplesBar").query().isVisible());
        robot.clickOn("#loadExamplesButton");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(importer.exampleCalls).isEqualTo(1);
        assertThat(robot.lookup("#examplesBar").query().isVisible()).isFalse();
    }

    @Test
    void importProblemsAreListedOneLineEach(FxRobot robot) throws TimeoutException {
        FakeImporter failing = new FakeImporter(catalog, List.of(TestTrials.doseEscalation()), List.of(
                new ImportEvent(ImportEvent.Kind.FAILED, null, null, "broken.xml", "not well-formed")));
        UiContext context = new UiContext(catalog, failing, new FakeExporter(Set.of()),
                dir.resolve("settings-problems.json"), "t", "t");
        robot.interact(() -> window.stage().close());
        robot.interact(() -> window = MainWindow.create(context, new Stage(), new SameThreadTaskRunner()));
        robot.interact(() -> window.imports().importPaths(List.of(Path.of("broken.xml"))));
        waitUntil(() -> robot.lookup("#importProblemsList").tryQuery().isPresent());
        ListView<String> problems = robot.lookup("#importProblemsList").queryListView();
        assertThat(problems.getItems()).containsExactly("failed broken.xml: not well-formed");
        robot.interact(() -> problems.getScene().getWindow().hide());
    }

    @Test
    void longImportShowsProgressAndCancelStopsIt(FxRobot robot) throws TimeoutException {
        ImportUseCase slow = new ImportUseCase() {
            @Override
            public ImportReport importPaths(List<Path> paths, ImportListener listener, CancellationToken cancel) {
                long records = 0;
                while (!cancel.isCancelled() && records < 100_000) {
                    records++;
                    listener.progress(records, records, 0, 1234.4);
                    LockSupport.parkNanos(1_000_000);
                }
                return new ImportReport(0, 0, 0, (int) records, 0, 0, cancel.isCancelled());
            }

            @Override
            public ImportReport importExamples(ImportListener listener, CancellationToken cancel) {
                throw new UnsupportedOperationException();
            }
        };
        UiContext context = new UiContext(catalog, slow, new FakeExporter(Set.of()),
                dir.resolve("settings-slow.json"), "t", "t");
        robot.interact(() -> window.stage().close());
        window.shutdown();
        robot.interact(() -> window = MainWindow.create(context, new Stage(), new FxTaskRunner()));
        robot.interact(() -> window.imports().importPaths(List.of(Path.of("huge.zip"))));
        waitUntil(() -> robot.lookup("#progressText").queryLabeled().getText().contains("records/s"));
        assertThat(robot.lookup("#progressText").queryLabeled().getText())
                .matches("Importing huge\\.zip: [\\d,]+ records · 1,234 records/s");
        assertThat(robot.lookup("#workBox").query().isVisible()).isTrue();
        robot.clickOn("#cancelButton");
        waitUntil(() -> robot.lookup("#statusLabel").queryLabeled().getText().endsWith("(cancelled)"));
        assertThat(robot.lookup("#workBox").query().isVisible()).isFalse();
    }

    @Test
    void windowSettingsAreWrittenOnClose(FxRobot robot) throws Exception {
        Path file = dir.resolve("settings-close.json");
        UiContext context = new UiContext(catalog, importer, new FakeExporter(Set.of()), file, "t", "t");
        Files.writeString(file, "{\"width\":900,\"height\":600,\"dividerPositions\":[0.5],\"lastFolder\":\""
                + dir.toString().replace("\\", "\\\\") + "\"}");
        robot.interact(() -> window.stage().close());
        robot.interact(() -> window = MainWindow.create(context, new Stage(), new SameThreadTaskRunner()));
        assertThat(window.stage().getWidth()).isEqualTo(900);
        assertThat(window.state().lastFolderProperty().get()).isEqualTo(dir);
        SplitPane split = robot.lookup("#mainSplit").query();
        assertThat(split.getDividerPositions()[0]).isCloseTo(0.5, within(0.02));

        robot.interact(() -> window.stage().setWidth(1000));
        waitUntil(() -> Files.readString(file).contains("\"width\" : 1000.0")); // saved after a short delay
        robot.interact(() -> split.setDividerPositions(0.3));
        robot.interact(() -> window.stage().close());
        UiSettings written = new SettingsStore(file).load();
        assertThat(written.width()).isEqualTo(1000);
        assertThat(written.dividerPositions().get(0)).isCloseTo(0.3, within(0.02));
        assertThat(written.lastFolder()).isEqualTo(dir.toString());
    }
}
