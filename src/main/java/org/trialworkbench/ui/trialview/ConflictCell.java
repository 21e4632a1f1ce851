package org.trialworkbench.ui.trialview;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;

/**
 * A field the sources disagree on: every value with its source, the shown one (from the more
 * structured source) first and marked "shown".
 */
final class ConflictCell extends ListCell<Conflict> {
    private final java.util.function.UnaryOperator<String> sourceTag;

    /** {@code sourceTag}: a source file → its short tag in the view, e.g. "[2] aggregator-text". */
    ConflictCell(java.util.function.UnaryOperator<String> sourceTag) {
        this.sourceTag = sourceTag;
    }

    @Override
    protected void updateItem(Conflict conflict, boolean empty) {
        super.updateItem(conflict, empty);
        setText(null);
        if (empty || conflict == null) {
            setGraphic(null);
            return;
        }
        Label field = new Label(KeyFields.label(conflict.field()));
        field.getStyleClass().add("conflict-field");
        VBox box = new VBox(2, field);
        List<ConflictValue> values = conflict.values();
        for (int i = 0; i < values.size(); i++) {
            box.getChildren().add(valueLine(values.get(i), i == 0));
        }
        setGraphic(box);
    }

    private HBox valueLine(ConflictValue v, boolean shown) {
        Label value = new Label(v.value());
        value.getStyleClass().add(shown ? "conflict-value-shown" : "conflict-value");
        value.setWrapText(true);
        value.setMaxWidth(260);
        Label source = new Label(sourceTag.apply(v.sourceFile()));
        source.getStyleClass().add("source-label");
        source.setTooltip(new Tooltip(v.sourceFormat() + "\n" + v.sourceFile()));
        HBox line = new HBox(8, value, source);
        line.getStyleClass().add("conflict-line");
        if (shown) {
            Label tag = new Label("shown");
            tag.getStyleClass().add("shown-tag");
            line.getChildren().add(0, tag);
        } else {
            Label spacer = new Label("also");
            spacer.getStyleClass().add("also-tag");
            line.getChildren().add(0, spacer);
        }
        return line;
    }
}
