package org.trialworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.FakeExporter;
import org.trialworkbench.ui.FakeImporter;
import org.trialworkbench.ui.UiContext;

@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {
    @TempDir
    Path dir;

    @Test
    void startOpensTheMainWindowOverTheStoredContext(FxRobot robot) {
        FakeCatalog catalog = new FakeCatalog();
        DesktopApp.useContext(new UiContext(catalog, new FakeImporter(catalog, List.of(), List.of()),
                new FakeExporter(Set.of()), dir.resolve("settings.json"), "1.2.3", "store"), null);
        DesktopApp app = new DesktopApp();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
        });
        assertThat(stage[0].getTitle()).isEqualTo("Trial Workbench");
        assertThat(stage[0].isShowing()).isTrue();
        assertThat(robot.lookup("#trialTable").tryQuery()).isPresent();
        robot.interact(() -> stage[0].close());
        app.stop();
    }

    @Test
    void theStartErrorDialogShowsOnlyTheMessage(FxRobot robot) {
        Alert[] alert = new Alert[1];
        robot.interact(() -> alert[0] = DesktopApp.errorDialog("The store /data/tw is in use by another Trial Workbench."));
        assertThat(alert[0].getAlertType()).isEqualTo(Alert.AlertType.ERROR);
        assertThat(alert[0].getContentText()).isEqualTo("The store /data/tw is in use by another Trial Workbench.");
        assertThat(alert[0].getTitle()).isEqualTo("Trial Workbench");
    }
}
