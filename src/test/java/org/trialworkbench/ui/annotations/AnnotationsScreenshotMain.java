package org.trialworkbench.ui.annotations;

import org.trialworkbench.ui.SeedWorkbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.UiContext;

/**
 * Opens the real window on a real store (the seeds, a few notes, one whose source changed) with the
 * Annotations pane showing, and saves a snapshot to {@code /tmp/annotations.png} (or the file given).
 * Run under {@code xvfb-run -a}; not a test.
 */
public final class AnnotationsScreenshotMain {
    private AnnotationsScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/annotations.png");
        Path dir = Files.createTempDirectory("tw-annotations");
        Workbench workbench = Workbench.open(dir.resolve("store"));
        SeedWorkbench.importSeeds(workbench);
        addNotes(workbench);
        Files.writeString(dir.resolve("settings.json"), "{\"width\":1400,\"height\":860,\"reviewerName\":\"Ada\"}");
        UiContext context = SeedWorkbench.context(workbench, dir.resolve("settings.json"));
        MainWindow[] window = new MainWindow[1];
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            window[0] = MainWindow.create(context, new Stage(), new FxTaskRunner());
            window[0].state().compare(context.catalog().loadAll(List.of(SeedWorkbench.NCT, SeedWorkbench.JRCT)));
            window[0].state().selectedTargetProperty().set(new SelectedTarget(SeedWorkbench.NCT, "criterion:I2"));
            started.countDown();
        });
        started.await();
        Thread.sleep(2500);
        CountDownLatch shot = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                var image = window[0].stage().getScene().getRoot().snapshot(null, null);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                shot.countDown();
            }
        });
        shot.await();
        Platform.runLater(() -> window[0].annotations().correctSelected());
        Thread.sleep(2000);
        CountDownLatch dialogShot = new CountDownLatch(1);
        Path dialogOut = out.resolveSibling(out.getFileName().toString().replace(".png", "-correction.png"));
        Platform.runLater(() -> {
            try {
                for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                    if (w.getScene() != null && "correctionDialog".equals(w.getScene().getRoot().getId())) {
                        var image = w.getScene().getRoot().snapshot(null, null);
                        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dialogOut.toFile());
                        System.out.println("wrote " + dialogOut);
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                dialogShot.countDown();
            }
        });
        dialogShot.await();
        Platform.runLater(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && "correctionDialog".equals(w.getScene().getRoot().getId()))
                .toList().forEach(javafx.stage.Window::hide));
        Platform.runLater(() -> window[0].annotations().annotateSelected()); // blocks in its own event loop
        Thread.sleep(1500);
        shootWindow("annotationEditor", out.resolveSibling(out.getFileName().toString().replace(".png", "-editor.png")));
        Platform.runLater(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && "annotationEditor".equals(w.getScene().getRoot().getId()))
                .toList().forEach(javafx.stage.Window::hide));
        Thread.sleep(500);
        Platform.runLater(() -> window[0].stage().close());
        Platform.exit();
        workbench.close();
        System.out.println("wrote " + out);
    }

    private static void shootWindow(String rootId, Path file) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                    if (w.getScene() != null && rootId.equals(w.getScene().getRoot().getId())) {
                        var image = w.getScene().getRoot().snapshot(null, null);
                        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                        System.out.println("wrote " + file);
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void addNotes(Workbench workbench) {
        var notes = workbench.annotations();
        notes.add(SeedWorkbench.NCT, "criterion:I2", "concern",
                "Stricter threshold than the jRCT trial: check whether our patients would qualify.", "Ada");
        notes.add(SeedWorkbench.NCT, "outcome:P1", "match", "Same assessment window as jRCT.", "Grace");
        notes.add(SeedWorkbench.JRCT, "trial", "needs-sponsor", "Ask the sponsor for the full protocol.", "Ada");
        // A note anchored on text the record no longer has: listed with the "source changed" warning.
        notes.restore(SeedWorkbench.JRCT, new Annotation("old-note", "criterion:I1", "unclear",
                "Age limit read from an older version of the record.", "Grace",
                Instant.parse("2026-10-01T09:00:00Z"), null, "Aged 20 years or older", false));
    }
}
