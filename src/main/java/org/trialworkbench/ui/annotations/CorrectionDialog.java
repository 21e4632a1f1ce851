package org.trialworkbench.ui.annotations;

import java.util.List;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * "Correct reading…": pick one of the selected item's correctable values, see the reading (and a
 * correction standing now), enter the corrected value. Saving goes through {@link Saver}; a value
 * the service refuses shows its message inline and the dialog stays open.
 */
final class CorrectionDialog {
    /** Saves a value in the background, then calls {@code done} or {@code refused} (with the reason) on the UI thread. */
    interface Saver {
        void save(CorrectionChoice choice, String value, Runnable done, Consumer<String> refused);
    }

    /** Removes the standing correction in the background, then {@code done} or {@code refused} on the UI thread. */
    interface Remover {
        void remove(CorrectionChoice choice, Runnable done, Consumer<String> refused);
    }

    static final ButtonType SAVE = new ButtonType("Save correction", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<Void> dialog = new Dialog<>();
    private final ComboBox<CorrectionChoice> field = new ComboBox<>();
    private final Label reading = new Label();
    private final Label current = new Label();
    private final TextField value = new TextField();
    private final Label error = new Label();
    private final Hyperlink remove = new Hyperlink("Remove this correction");

    CorrectionDialog(Window owner, String trialId, String target, List<CorrectionChoice> choices, Saver saver,
                     Remover remover) {
        dialog.initOwner(owner);
        dialog.setTitle("Correct reading");
        dialog.setHeaderText("Correct the reading of " + AnnotationTexts.target(target) + " of " + trialId);
        dialog.getDialogPane().setId("correctionDialog");
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        field.setId("correctionFieldChoice");
        field.getItems().setAll(choices);
        value.setId("correctionValueField");
        value.setPrefColumnCount(30);
        reading.setId("correctionReadingLabel");
        reading.setWrapText(true);
        current.setWrapText(true);
        error.setId("correctionError");
        error.getStyleClass().add("correction-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b42318;");
        remove.setId("removeCorrectionLink");
        remove.setOnAction(e -> {
            error.setText("");
            remover.remove(field.getValue(), this::close, error::setText);
        });
        field.valueProperty().addListener((o, a, chosen) -> show(chosen));
        field.getSelectionModel().selectFirst();
        dialog.getDialogPane().setContent(form());
        Node save = dialog.getDialogPane().lookupButton(SAVE);
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only when the service took the value
            error.setText("");
            saver.save(field.getValue(), value.getText(), this::close, error::setText);
        });
        dialog.setOnShown(e -> value.requestFocus());
    }

    void show() {
        dialog.show();
    }

    private void close() {
        dialog.setResult(null);
        dialog.close();
    }

    private void show(CorrectionChoice chosen) {
        if (chosen == null) {
            return;
        }
        reading.setText(chosen.reading() == null ? "(none stated)" : chosen.reading());
        if (chosen.current() == null) {
            current.setText("not corrected");
        } else {
            current.setText(chosen.current().correctedValue() + " (by " + chosen.current().author()
                    + (chosen.current().sourceChanged() ? "; source changed since, not applied)" : ")"));
        }
        remove.setVisible(chosen.current() != null);
        value.setText(chosen.shownValue() == null ? "" : chosen.shownValue());
        error.setText("");
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels never shrink to "..."
        grid.getColumnConstraints().add(labels);
        Label syntax = new Label("Times like 12 MONTH or 0 DAY \"Baseline\"; 12 MONTH · amounts like 10 mg/kg · "
                + "ranges like 4-7 · empty: none stated");
        syntax.getStyleClass().add("hint");
        syntax.setWrapText(true);
        grid.addRow(0, new Label("Value"), field);
        grid.addRow(1, new Label("Reading"), reading);
        grid.addRow(2, new Label("Correction"), new javafx.scene.layout.HBox(8, current, remove));
        grid.addRow(3, new Label("Corrected value"), value);
        grid.add(syntax, 1, 4);
        grid.add(error, 1, 5);
        GridPane.setHgrow(value, Priority.ALWAYS);
        grid.setPrefWidth(560);
        return grid;
    }
}
