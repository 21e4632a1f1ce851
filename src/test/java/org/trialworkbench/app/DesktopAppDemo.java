package org.trialworkbench.app;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.FakeExporter;
import org.trialworkbench.ui.FakeImporter;
import org.trialworkbench.ui.TestTrials;
import org.trialworkbench.ui.UiContext;

/**
 * Runs {@link DesktopApp#launch} (or {@code launchError} with argument "error") with fake services
 * under a real display, snapshots the first window to /tmp/tw-app.png after 3 s and closes it.
 * A manual check of the launch path, not a test: {@code xvfb-run -a java -cp ... DesktopAppDemo}.
 */
public final class DesktopAppDemo {
    private DesktopAppDemo() {
    }

    public static void main(String[] args) throws Exception {
        boolean error = args.length > 0 && args[0].equals("error");
        Thread closer = new Thread(() -> {
            try {
                Thread.sleep(Long.getLong("demo.wait", 3000));
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(() -> {
                Window w = Window.getWindows().get(0);
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(w.getScene().getRoot().snapshot(null, null), null), "png",
                            new java.io.File(error ? "/tmp/tw-app-error.png" : "/tmp/tw-app.png"));
                } catch (java.io.IOException e) {
                    e.printStackTrace();
                }
                List.copyOf(Window.getWindows()).forEach(Window::hide);
            });
        });
        closer.setDaemon(true);
        closer.start();
        if (error) {
            DesktopApp.launchError("The store /home/reviewer/.trialworkbench is in use by another running Trial Workbench.");
        } else {
            FakeCatalog catalog = new FakeCatalog();
            DesktopApp.launch(new UiContext(catalog,
                    new FakeImporter(catalog, List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()), List.of()),
                    new FakeExporter(Set.of(ExportFormat.JSON)),
                    Files.createTempDirectory("tw-demo").resolve("settings.json"), "0.1.0", "/tmp/demo-store"));
        }
        System.out.println("launch returned");
    }
}
