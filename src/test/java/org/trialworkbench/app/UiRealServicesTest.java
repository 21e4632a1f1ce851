package org.trialworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.fixtures.SampleTrials;
import org.trialworkbench.json.WorkbenchJson;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.UiContext;

/**
 * The window on the real services and a real store (headless): a workbench-json file imported
 * through the same action as File → Import…, the trials in the list, two selected, Compare, both
 * columns shown.
 */
@ExtendWith(ApplicationExtension.class)
class UiRealServicesTest {
    @TempDir
    static Path dir;

    private Workbench workbench;
    private MainWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        workbench = Workbench.open(Files.createTempDirectory(dir, "store"));
        UiContext context = new UiContext(workbench.catalog(), workbench.importer(), workbench.exporter(),
                workbench.comparer(), dir.resolve("settings-" + System.nanoTime() + ".json"), "test", "store");
        window = MainWindow.create(context, new Stage());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
        window.shutdown();
        workbench.close();
    }

    @Test
    void importsAnExportSelectsTwoAndComparesThem(FxRobot robot) throws Exception {
        Path export = dir.resolve("two-trials.json");
        StringWriter json = new StringWriter();
        new WorkbenchJson().write(List.of(SampleTrials.full("NCT00000011"), SampleTrials.full("NCT00000012")),
                SampleTrials.T0, json);
        Files.writeString(export, json.toString());

        robot.interact(() -> window.imports().importPaths(List.of(export)));
        TableView<TrialSummary> table = robot.lookup("#trialTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(TrialSummary::id).containsExactly("NCT00000011", "NCT00000012");

        robot.interact(() -> table.getSelectionModel().selectAll());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#compareButton").queryButton().isDisabled());
        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.state().comparedTrials().size() == 2);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#eligibilityPanel .column-trial-id")
                .queryAllAs(Label.class).size() == 2);
        assertThat(robot.lookup("#eligibilityPanel .column-trial-id").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("NCT00000011", "NCT00000012");
    }
}
