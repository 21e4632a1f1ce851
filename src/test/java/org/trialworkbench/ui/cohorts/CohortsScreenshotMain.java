package org.trialworkbench.ui.cohorts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.UiContext;

/**
 * Opens the real window on a real store (first argument, default {@code /tmp/cohort-db}, filled with
 * {@code import /work/shared/seeds/0*.txt}), compares seed 004's trial (id {@code local-…}) with
 * NCT00962923 on the Dose cohorts tab and writes {@code /tmp/cohorts.png} (or the second argument).
 * A third argument {@code with-handmade} adds an mg/kg trial and one without cohorts. Run under
 * {@code xvfb-run -a}; not a test.
 */
public final class CohortsScreenshotMain {
    private CohortsScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/cohort-db");
        Path out = Path.of(args.length > 1 ? args[1] : "/tmp/cohorts.png");
        try (Workbench workbench = Workbench.open(db)) {
            List<Trial> compared = new java.util.ArrayList<>(comparedTrials(workbench));
            if (args.length > 2 && args[2].equals("with-handmade")) { // to look at mixed units and a trial without cohorts
                compared.add(CohortTrials.mgPerKg());
                compared.add(CohortTrials.withoutCohorts());
            }
            UiContext context = new UiContext(workbench.catalog(), workbench.importer(), workbench.exporter(),
                    workbench.comparer(), Files.createTempDirectory("cohort-shot").resolve("settings.json"), "shot",
                    db.toString());
            CountDownLatch done = new CountDownLatch(1);
            Platform.startup(() -> {
                MainWindow window = MainWindow.create(context, new Stage(), new FxTaskRunner());
                window.stage().setWidth(1600);
                window.stage().setHeight(950);
                window.state().compare(compared);
                ((TabPane) window.stage().getScene().lookup("#comparisonTabs")).getSelectionModel().select(2);
                new Thread(() -> shootLater(window, out, done)).start();
            });
            done.await();
            Platform.exit();
        }
        System.exit(0);
    }

    private static List<Trial> comparedTrials(Workbench workbench) {
        String local = workbench.catalog().list(null).stream().map(TrialSummary::id)
                .filter(id -> id.startsWith("local-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("seed 004 not imported"));
        return List.of(workbench.catalog().load(local).orElseThrow(),
                workbench.catalog().load("NCT00962923").orElseThrow());
    }

    private static void shootLater(MainWindow window, Path out, CountDownLatch done) {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.runLater(() -> {
            try {
                var image = window.stage().getScene().getRoot().snapshot(null, null);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
                System.out.println("wrote " + out);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown(); // no shutdown: the process exits, and a settings save must not race it

            }
        });
    }
}
