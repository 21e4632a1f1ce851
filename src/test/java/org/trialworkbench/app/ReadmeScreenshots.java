package org.trialworkbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.CorrectedCatalog;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.UiContext;

/**
 * The README's screenshots: the real window on a real store, the given trials compared, one PNG
 * per comparison tab. Not a test; run under {@code xvfb-run -a} with
 * {@code STORE OUT_DIR TRIAL_ID...}.
 */
public final class ReadmeScreenshots {
    private static final String[] TABS = {"eligibility", "schedule", "cohorts"};

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[1]));
        try (Workbench workbench = Workbench.open(Path.of(args[0]))) {
            List<Trial> trials = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                trials.add(workbench.catalog().load(args[i]).orElseThrow(() -> new IllegalArgumentException("no trial")));
            }
            UiContext context = new UiContext(new CorrectedCatalog(workbench.catalog()), workbench.importer(),
                    workbench.exporter(), workbench.comparer(), Files.createTempDirectory("tw-shot").resolve("settings.json"),
                    Version.current(), workbench.storeDirectory().toString(), workbench.maintenance())
                    .withAnnotations(workbench.annotations(), workbench.corrections());
            MainWindow[] window = new MainWindow[1];
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(() -> {
                Stage stage = new Stage();
                stage.setWidth(1500);
                stage.setHeight(950);
                window[0] = MainWindow.create(context, stage);
                stage.setWidth(1600);
                stage.setHeight(1000);
                ((javafx.scene.control.SplitPane) stage.getScene().lookup("#mainSplit")).setDividerPositions(0.27);
                window[0].state().compare(trials);
                started.countDown();
            });
            started.await();
            for (int tab = 0; tab < TABS.length; tab++) {
                int index = tab;
                onFx(() -> ((TabPane) window[0].stage().getScene().lookup("#comparisonTabs")).getSelectionModel().select(index));
                Thread.sleep(4000);
                onFx(() -> write(window[0], out.resolve("window-" + TABS[index] + ".png")));
            }
            onFx(() -> window[0].shutdown());
            Platform.exit();
        }
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
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
