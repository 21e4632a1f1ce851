package org.trialworkbench.ui.export;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trialworkbench.service.ExportFormat;

/** Asks for the export format; formats this build cannot write yet are shown disabled with a note. */
public final class ExportFormatDialog extends Dialog<ExportFormat> {

    public ExportFormatDialog(Window owner, Predicate<ExportFormat> supported, String scope) {
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export " + scope);
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(8);
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton option = new RadioButton(format.cliName().toUpperCase(java.util.Locale.ROOT));
            option.setId("format-" + format.cliName());
            option.setUserData(format);
            option.setToggleGroup(group);
            if (!supported.test(format)) {
                option.setDisable(true);
                option.setText(option.getText() + " — not available in this version yet");
            } else if (group.getSelectedToggle() == null) {
                option.setSelected(true);
            }
            box.getChildren().add(option);
        }
        if (group.getSelectedToggle() == null) {
            box.getChildren().add(new Label("No export format is available in this version."));
        }
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(group.selectedToggleProperty().isNull());
        setResultConverter(button -> button == ButtonType.OK && group.getSelectedToggle() != null
                ? (ExportFormat) group.getSelectedToggle().getUserData() : null);
    }

    public Optional<ExportFormat> ask() {
        return showAndWait();
    }
}
