package org.trialworkbench.ui.trialview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.service.CompareService;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.FakeExporter;
import org.trialworkbench.ui.FakeImporter;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.UiContext;

/** The trial list opens the trial view: context menu "Show trial / sources…" and row double-click. */
@ExtendWith(ApplicationExtension.class)
class UiTrialListHookTest {
    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage ignored) {
        FakeMaintenance maintenance = new FakeMaintenance();
        FakeCatalog catalog = new FakeCatalog(maintenance.trials.get("NCT01000001"));
        UiContext context = new UiContext(catalog, new FakeImporter(catalog, List.of(), List.of()),
                new FakeExporter(Set.of(ExportFormat.JSON)), new CompareService(),
                dir.resolve("settings-" + System.nanoTime() + ".json"), "test", "/tmp/store", maintenance);
        window = MainWindow.create(context, new Stage(), new FxTaskRunner());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w).toList()
                .forEach(Stage::close));
        window.shutdown();
    }

    private static List<Stage> trialViews() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().getRoot().getId() != null && s.getScene().getRoot().getId().equals("trialView"))
                .map(w -> (Stage) w).toList();
    }

    @Test
    void theContextMenuEntryAndADoubleClickOpenTheTrialView(FxRobot robot) throws TimeoutException {
        TableView<TrialSummary> table = robot.lookup("#trialTable").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        robot.clickOn("NCT01000001");
        // Headless Monocle shows no popup on a right click: fire the context menu's entry itself.
        var entry = table.getContextMenu().getItems().stream().filter(i -> "showTrialMenuItem".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(entry.getText()).isEqualTo("Show trial / sources…");
        robot.interact(entry::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> trialViews().size() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> trialViews().get(0).getTitle().contains("NCT01000001"));

        robot.interact(() -> trialViews().forEach(Stage::close));
        robot.doubleClickOn("NCT01000001");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> trialViews().size() == 1);
    }
}
