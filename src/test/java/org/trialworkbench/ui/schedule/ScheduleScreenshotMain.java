package org.trialworkbench.ui.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import java.util.Set;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.TrialCatalog;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.FakeExporter;
import org.trialworkbench.ui.FakeImporter;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.UiContext;

/**
 * Opens the real window on a real store with two trials compared and the Outcome schedule tab
 * selected, writes a PNG and exits. Not a test: run under {@code xvfb-run -a} to look at the panel.
 * Arguments: store directory, output PNG, then the trial ids (default NCT00962923 jRCTc071190041);
 * {@code -Drow=TRIAL:KEY} also selects that row, {@code -Dfilter=TEXT} filters,
 * {@code -Dfake=true} uses the hand-made test trials instead of the store, {@code -Dshared=false} shows one axis per trial, {@code -Dwidth}/{@code -Dheight} size the window.
 */
public final class ScheduleScreenshotMain {
    private ScheduleScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/sched-db");
        Path out = Path.of(args.length > 1 ? args[1] : "/tmp/schedule.png");
        List<String> trialIds = args.length > 2 ? List.of(args).subList(2, args.length)
                : List.of("NCT00962923", "jRCTc071190041");
        boolean fake = Boolean.getBoolean("fake");
        Workbench workbench = fake ? null : Workbench.open(db);
        TrialCatalog catalog = fake ? new FakeCatalog(ScheduleTrials.monthly(), ScheduleTrials.twoYears())
                : workbench.catalog();
        List<String> ids = fake ? List.of(ScheduleTrials.MONTHLY, ScheduleTrials.LONG) : trialIds;
        Path settings = Files.createTempDirectory("sched-shot").resolve("settings.json");
        UiContext context = fake
                ? new UiContext(catalog, new FakeImporter((FakeCatalog) catalog, List.of(), List.of()),
                        new FakeExporter(Set.of(ExportFormat.JSON)), settings, "dev", "fake")
                : new UiContext(catalog, workbench.importer(), workbench.exporter(), workbench.comparer(), settings,
                        "dev", db.toString());
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            window[0] = MainWindow.create(context, new Stage());
            window[0].stage().setWidth(Double.parseDouble(System.getProperty("width", "1400")));
            window[0].stage().setHeight(Double.parseDouble(System.getProperty("height", "860")));
            window[0].state().compare(ids.stream().map(id -> catalog.load(id).orElseThrow()).toList());
            ((TabPane) lookup(window[0], "#comparisonTabs")).getSelectionModel().select(1);
        });
        Thread.sleep(2000);
        onFx(() -> {
            OutcomeSchedulePanel panel = (OutcomeSchedulePanel) lookup(window[0], "#outcomePanel");
            panel.model().sharedAxisProperty().set(Boolean.parseBoolean(System.getProperty("shared", "true")));
            panel.model().filterProperty().set(System.getProperty("filter", ""));
            String row = System.getProperty("row");
            if (row != null) {
                panel.model().row(row).ifPresent(panel.model()::select);
            }
        });
        Thread.sleep(1000);
        onFx(() -> write(window[0], out));
        onFx(() -> {
            window[0].shutdown();
            window[0].stage().close();
        });
        if (workbench != null) {
            workbench.close();
        }
        Platform.exit();
    }

    private static Node lookup(MainWindow window, String query) {
        return window.stage().getScene().lookup(query);
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Runnable wrapped = () -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        };
        if (Platform.isFxApplicationThread()) {
            wrapped.run();
        } else {
            try {
                Platform.startup(wrapped);
            } catch (IllegalStateException alreadyStarted) {
                Platform.runLater(wrapped);
            }
        }
        done.await();
    }

    private static void write(MainWindow window, Path file) {
        try {
            var image = window.stage().getScene().getRoot().snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println("wrote " + file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
