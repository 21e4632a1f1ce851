package org.trialworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.ExportFormat;

/** Dragging rows from the list onto the comparison adds them, up to six. */
@ExtendWith(ApplicationExtension.class)
class UiTrialDragTest {
    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage ignored) {
        Trial[] trials = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> TestTrials.bare("NCT0000000" + i, "Study number " + i)).toArray(Trial[]::new);
        FakeCatalog catalog = new FakeCatalog(trials);
        UiContext context = new UiContext(catalog, new FakeImporter(catalog, List.of(), List.of()),
                new FakeExporter(Set.of(ExportFormat.JSON)), dir.resolve("settings.json"), "t", "t");
        window = MainWindow.create(context, new Stage(), new SameThreadTaskRunner());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
    }

    @Test
    void droppedRowsAreAddedAndTheSeventhIsRefused(FxRobot robot) throws Exception {
        robot.interact(() -> window.state().compare(List.of()));
        robot.clickOn("NCT00000001").press(javafx.scene.input.KeyCode.SHIFT).clickOn("NCT00000006")
                .release(javafx.scene.input.KeyCode.SHIFT);
        robot.drag("NCT00000003").dropTo("#comparisonPane");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.state().comparedTrials().size() == 6);

        robot.drag("NCT00000007").dropTo("#comparisonPane");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#statusLabel").queryLabeled().getText().contains("at most 6"));
        assertThat(window.state().comparedIds()).doesNotContain("NCT00000007").hasSize(6);
    }
}
