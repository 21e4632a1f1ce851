package org.trialworkbench.ui.eligibility;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.RowKind;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.UiContext;

/**
 * Opens the real window on the REAL services over a store ({@code --db} folder, first argument),
 * compares the trials given as further arguments (default: NCT00962923 and jRCTc071190041), selects
 * a threshold cell with a flag (UNIT_IMPLAUSIBLE first) and writes the
 * window to {@code /tmp/eligibility.png}, then a differs-only view to {@code /tmp/eligibility-differs.png} and the text rows
 * further down to {@code /tmp/eligibility-text.png}.
 * Run under {@code xvfb-run -a}; not a test.
 */
public final class EligibilityScreenshotMain {
    private EligibilityScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/elig-db");
        List<String> ids = args.length > 2 ? List.of(args).subList(1, args.length)
                : List.of("NCT00962923", "jRCTc071190041");
        try (Workbench workbench = Workbench.open(db)) {
            List<Trial> trials = workbench.catalog().loadAll(ids);
            UiContext context = new UiContext(workbench.catalog(), workbench.importer(), workbench.exporter(),
                    workbench.comparer(), Files.createTempDirectory("elig-shot").resolve("settings.json"), "shot",
                    db.toString());
            MainWindow[] window = new MainWindow[1];
            onFx(() -> {
                window[0] = MainWindow.create(context, new Stage(), new FxTaskRunner());
                window[0].stage().setWidth(1600);
                window[0].stage().setHeight(1000);
                window[0].state().compare(trials);
            });
            Thread.sleep(3000);
            onFx(() -> selectFlaggedCell(panel(window[0])));
            Thread.sleep(800);
            onFx(() -> write(window[0], Path.of("/tmp/eligibility.png")));
            onFx(() -> panel(window[0]).model().differsOnlyProperty().set(true));
            Thread.sleep(800);
            onFx(() -> write(window[0], Path.of("/tmp/eligibility-differs.png")));
            onFx(() -> {
                panel(window[0]).model().differsOnlyProperty().set(false);
                javafx.scene.control.ListView<?> rows = (javafx.scene.control.ListView<?>) panel(window[0]).lookup("#eligibilityGrid");
                rows.scrollTo(rows.getItems().size() * 8 / 10);
            });
            Thread.sleep(800);
            onFx(() -> write(window[0], Path.of("/tmp/eligibility-text.png")));
            onFx(() -> window[0].stage().close());
            window[0].shutdown();
        }
        Platform.exit();
    }

    private static EligibilityPanel panel(MainWindow window) {
        return (EligibilityPanel) window.stage().getScene().lookup("#eligibilityPanel");
    }

    /** Prefers a cell flagged UNIT_IMPLAUSIBLE, then any flagged cell, then any threshold cell. */
    private static void selectFlaggedCell(EligibilityPanel panel) {
        EligibilityPanelViewModel model = panel.model();
        for (String wanted : new String[] {"UNIT_IMPLAUSIBLE", "", null}) {
            for (EligibilityRowItem r : model.allRows()) {
                if (r.kind() != RowKind.THRESHOLD) {
                    continue;
                }
                for (EligibilityCell c : r.row().cells()) {
                    boolean fits = wanted == null || c.entries().stream()
                            .anyMatch(e -> e.flags().stream().anyMatch(f -> f.startsWith(wanted)));
                    if (c.stated() && fits) {
                        model.select(r.key(), c.trialId(), 0);
                        System.out.println(model.allRows().size() + " rows; selected " + model.selectionProperty().get());
                        return;
                    }
                }
            }
        }
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
        if (!started) {
            started = true;
            Platform.startup(wrapped);
        } else {
            Platform.runLater(wrapped);
        }
        done.await();
    }

    private static boolean started;

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
