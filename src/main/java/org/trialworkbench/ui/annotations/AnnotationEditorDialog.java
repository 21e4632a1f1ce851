package org.trialworkbench.ui.annotations;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.trialworkbench.model.Annotation;

/**
 * The note editor: the target (trial id and target), a tag (the standard ones offered, any text
 * allowed) and the note. Enter (also Ctrl+Enter) saves, Shift+Enter starts a new line in the note,
 * Esc cancels. Only asks; the caller saves.
 */
final class AnnotationEditorDialog {
    /** What the reviewer entered; {@code tag} null when none. */
    record NoteInput(String tag, String note) {
    }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<NoteInput> dialog = new Dialog<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final TextArea note = new TextArea();

    /** {@code existing} null for a new note. */
    AnnotationEditorDialog(Window owner, String trialId, String target, Annotation existing, List<String> tags) {
        dialog.initOwner(owner);
        dialog.setTitle(existing == null ? "Annotate" : "Edit note");
        dialog.setHeaderText((existing == null ? "New note on " : "Note on ") + AnnotationTexts.target(target)
                + " of " + trialId);
        dialog.getDialogPane().setId("annotationEditor");
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        tag.setId("annotationTagField");
        tag.setEditable(true);
        tag.getItems().setAll(tags);
        tag.setPromptText("match, differs, concern, unclear or your own");
        tag.setMaxWidth(Double.MAX_VALUE);
        note.setId("annotationNoteArea");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPrefColumnCount(40);
        if (existing != null) {
            tag.getEditor().setText(existing.tag() == null ? "" : existing.tag());
            note.setText(existing.note());
        }
        dialog.getDialogPane().setContent(form(trialId, target));
        Node save = dialog.getDialogPane().lookupButton(SAVE);
        save.disableProperty().bind(note.textProperty().isEmpty().and(tag.getEditor().textProperty().isEmpty()));
        note.addEventFilter(KeyEvent.KEY_PRESSED, this::enterInNote);
        dialog.setResultConverter(b -> b == SAVE ? input() : null);
        dialog.setOnShown(e -> Platform.runLater(note::requestFocus));
    }

    /** Shows the dialog and waits; empty when cancelled. */
    Optional<NoteInput> ask() {
        return dialog.showAndWait();
    }

    private GridPane form(String trialId, String target) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels never shrink to "..."
        grid.getColumnConstraints().add(labels);
        Label targetText = new Label(trialId + " · " + target);
        targetText.setId("annotationTargetLabel");
        Label hint = new Label("Enter saves · Shift+Enter new line · Esc cancels");
        hint.getStyleClass().add("hint");
        grid.addRow(0, new Label("Target"), targetText);
        grid.addRow(1, new Label("Tag"), tag);
        grid.addRow(2, new Label("Note"), note);
        grid.add(hint, 1, 3);
        GridPane.setHgrow(note, Priority.ALWAYS);
        GridPane.setVgrow(note, Priority.ALWAYS);
        return grid;
    }

    /** Enter and Ctrl+Enter save from inside the note; Shift+Enter is the new line. */
    private void enterInNote(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER) {
            return;
        }
        e.consume();
        if (e.isShiftDown()) {
            note.replaceSelection("\n");
        } else {
            Node save = dialog.getDialogPane().lookupButton(SAVE);
            if (!save.isDisabled()) {
                ((javafx.scene.control.Button) save).fire();
            }
        }
    }

    private NoteInput input() {
        String t = tag.getEditor().getText();
        return new NoteInput(t == null || t.isBlank() ? null : t.strip(), note.getText().strip());
    }
}
