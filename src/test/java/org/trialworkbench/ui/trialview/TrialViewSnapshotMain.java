package org.trialworkbench.ui.trialview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.ImportListener;
import org.trialworkbench.ui.FxTaskRunner;

/**
 * Opens the trial view on the REAL services: a fresh store, the seeds imported, then the view of
 * one trial saved as a PNG. Not a test; run under {@code xvfb-run -a} to look at the layout.
 * Arguments: [trial id] [png] [files to import instead of the seeds...].
 */
public final class TrialViewSnapshotMain {
    private TrialViewSnapshotMain() {
    }

    public static void main(String[] args) throws Exception {
        String trialId = args.length > 0 ? args[0] : "NCT00962923";
        Path png = Path.of(args.length > 1 ? args[1] : "/tmp/trialview.png");
        Path storeDir = Files.createTempDirectory("trialview-store");
        try (Workbench workbench = Workbench.open(storeDir); Stream<Path> seeds = Files.list(Path.of("/work/shared/seeds"))) {
            List<Path> files = args.length > 2 ? Stream.of(args).skip(2).map(Path::of).toList()
                    : seeds.filter(p -> p.getFileName().toString().matches("0.*\\.txt")).sorted().toList();
            System.out.println(workbench.importer().importPaths(files, ImportListener.NONE, new CancellationToken()));
            CountDownLatch started = new CountDownLatch(1);
            Stage[] stage = new Stage[1];
            Platform.startup(() -> {
                stage[0] = TrialViewWindow.show(null, workbench.maintenance(), new FxTaskRunner(), trialId, () -> { });
                started.countDown();
            });
            started.await();
            Thread.sleep(2500);
            CountDownLatch shot = new CountDownLatch(1);
            Platform.runLater(() -> {
                // The last source selected, as a reviewer about to split it out would have it.
                var sources = (javafx.scene.control.ListView<?>) stage[0].getScene().lookup("#sourcesList");
                sources.getSelectionModel().selectLast();
            });
            Thread.sleep(1500); // headless rendering needs a moment before the selected row is drawn
            Platform.runLater(() -> {
                try {
                    var image = stage[0].getScene().getRoot().snapshot(null, null);
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    shot.countDown();
                }
            });
            shot.await();
            Platform.exit();
        }
        System.out.println("wrote " + png);
    }
}
