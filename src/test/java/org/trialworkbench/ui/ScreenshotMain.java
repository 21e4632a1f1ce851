package org.trialworkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.ExportFormat;

/**
 * Opens the real window with fake data and saves one PNG per comparison tab into {@code /tmp}
 * (or the folder given as argument). Run under {@code xvfb-run -a} to look at the layout; not a test.
 */
public final class ScreenshotMain {
    private ScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp");
        FakeCatalog catalog = new FakeCatalog(TestTrials.doseEscalation(), TestTrials.randomizedPhase2(),
                Trial.builder().id("NCT05555555").briefTitle("A very long title of a study that goes on and on about "
                        + "its population, its comparator and its many secondary outcome measures")
                        .phases(List.of(Phase.PHASE2, Phase.PHASE3)).overallStatus(OverallStatus.ACTIVE_NOT_RECRUITING)
                        .build());
        UiContext context = new UiContext(catalog, new FakeImporter(catalog, List.of(), List.of()),
                new FakeExporter(Set.of(ExportFormat.JSON)), Files.createTempDirectory("tw-shot").resolve("s.json"),
                "0.1.0", "/tmp/store");
        CountDownLatch started = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        Platform.startup(() -> {
            window[0] = MainWindow.create(context, new Stage(), new SameThreadTaskRunner());
            window[0].state().compare(List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));
            started.countDown();
        });
        started.await();
        String[] names = {"eligibility", "outcomes", "cohorts"};
        for (int i = 0; i < names.length; i++) {
            int tab = i;
            Thread.sleep(1500);
            CountDownLatch shot = new CountDownLatch(1);
            Platform.runLater(() -> {
                TabPane tabs = (TabPane) window[0].stage().getScene().lookup("#comparisonTabs");
                tabs.getSelectionModel().select(tab);
                Platform.runLater(() -> {
                    write(window[0], out.resolve("tw-" + names[tab] + ".png"));
                    shot.countDown();
                });
            });
            shot.await();
        }
        shoot(window[0], out.resolve("tw-four-narrow.png"), () -> {
            window[0].stage().setWidth(1000);
            window[0].stage().setHeight(700);
            ((TabPane) window[0].stage().getScene().lookup("#comparisonTabs")).getSelectionModel().select(0);
            window[0].state().addToComparison(List.of(catalog.load("NCT05555555").orElseThrow(),
                    TestTrials.doseEscalation().toBuilder().id("NCT01000009").build()));
        });
        shoot(window[0], out.resolve("tw-empty.png"), () -> window[0].state().compare(List.of()));
        Platform.exit();
    }

    private static void shoot(MainWindow window, Path file, Runnable change) throws InterruptedException {
        CountDownLatch shot = new CountDownLatch(1);
        Platform.runLater(change);
        Thread.sleep(1500);
        Platform.runLater(() -> {
            write(window, file);
            shot.countDown();
        });
        shot.await();
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
