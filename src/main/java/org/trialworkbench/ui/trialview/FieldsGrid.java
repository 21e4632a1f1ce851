package org.trialworkbench.ui.trialview;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The key fields of the viewed trial: label, shown value, and the source(s) it came from, the
 * shown one first. A field the sources disagree on is marked; its values are in the conflicts list.
 */
final class FieldsGrid extends GridPane {
    private final TrialViewModel model;

    FieldsGrid(TrialViewModel model) {
        this.model = model;
        setId("fieldsGrid");
        getStyleClass().add("fields-grid");
        setHgap(12);
        setVgap(4);
        ColumnConstraints label = new ColumnConstraints(140);
        ColumnConstraints value = new ColumnConstraints(120, 260, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        ColumnConstraints from = new ColumnConstraints(120, 200, Double.MAX_VALUE);
        from.setHgrow(Priority.SOMETIMES);
        getColumnConstraints().addAll(label, value, from);
        model.fields().addListener((ListChangeListener<FieldRow>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        addRow(0, heading("Field"), heading("Shown value"), heading("From"));
        int row = 1;
        for (FieldRow f : model.fields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            Label value = new Label(f.conflicting() ? f.value() + "   ⚠ sources disagree" : f.value());
            value.getStyleClass().add(f.conflicting() ? "field-value-conflicting" : "field-value");
            value.setWrapText(true);
            value.setTooltip(new Tooltip(f.value()));
            Label from = new Label(String.join("\n", f.sources()));
            from.getStyleClass().add("source-label");
            from.setWrapText(true);
            addRow(row++, label, value, from);
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("fields-heading");
        return l;
    }
}
