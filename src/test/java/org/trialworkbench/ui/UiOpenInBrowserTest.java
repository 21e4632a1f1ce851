package org.trialworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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

/** After an HTML export the window offers to open it in the browser; other formats are not offered. */
@ExtendWith(ApplicationExtension.class)
class UiOpenInBrowserTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage ignored) {
        FakeCatalog catalog = new FakeCatalog();
        UiContext context = new UiContext(catalog, new FakeImporter(catalog, List.of(), List.of()),
                new FakeExporter(Set.of(ExportFormat.JSON, ExportFormat.HTML)),
                dir.resolve("settings-" + System.nanoTime() + ".json"), "test", "store");
        window = MainWindow.create(context, new Stage(), new SameThreadTaskRunner());
        window.setBrowser(opened::add);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
        window.shutdown();
    }

    @Test
    void offersToOpenAnHtmlExportAndOpensItOnRequest(FxRobot robot) throws Exception {
        Path html = dir.resolve("summary.html");
        robot.interact(() -> javafx.application.Platform.runLater(() -> window.exports().export(ExportFormat.HTML, html)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#openInBrowserOffer").tryQuery().isPresent());
        robot.clickOn("Open in browser");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(html.toUri().toString());
    }

    @Test
    void doesNotOfferOtherFormats(FxRobot robot) {
        robot.interact(() -> window.exports().export(ExportFormat.JSON, dir.resolve("summary.json")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#openInBrowserOffer").tryQuery()).isEmpty();
        assertThat(opened).isEmpty();
    }
}
