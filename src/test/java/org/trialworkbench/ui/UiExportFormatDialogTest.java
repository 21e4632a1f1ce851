package org.trialworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.control.ButtonType;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.ui.export.ExportFormatDialog;

@ExtendWith(ApplicationExtension.class)
class UiExportFormatDialogTest {
    private ExportFormatDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog = new ExportFormatDialog(stage, Set.of(ExportFormat.JSON, ExportFormat.MD)::contains, "all stored trials");
        dialog.show();
    }

    @Test
    void unsupportedFormatsAreDisabledWithANoteAndTheFirstSupportedIsChosen(FxRobot robot) {
        RadioButton csv = robot.lookup("#format-csv").queryAs(RadioButton.class);
        assertThat(csv.isDisabled()).isTrue();
        assertThat(csv.getText()).isEqualTo("CSV — not available in this version yet");
        assertThat(robot.lookup("#format-html").queryAs(RadioButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#format-json").queryAs(RadioButton.class).isSelected()).isTrue();

        robot.clickOn("#format-md");
        robot.interact(() -> dialog.getDialogPane().lookupButton(ButtonType.OK)
                .fireEvent(new javafx.event.ActionEvent()));
        assertThat(dialog.getResult()).isEqualTo(ExportFormat.MD);
    }
}
