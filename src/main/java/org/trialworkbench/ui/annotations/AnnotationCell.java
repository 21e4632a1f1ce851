package org.trialworkbench.ui.annotations;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.service.TrialAnnotation;

/**
 * One note in the side pane: trial and target, tag, the note, author and dates, a warning with
 * "Accept current source" when the source text changed, and Edit / Delete.
 */
final class AnnotationCell extends ListCell<TrialAnnotation> {
    /** What the buttons of a cell do. */
    record Handlers(Consumer<TrialAnnotation> edit, Consumer<TrialAnnotation> delete,
                    Consumer<TrialAnnotation> reanchor) {
    }

    private final Handlers handlers;

    AnnotationCell(Handlers handlers) {
        this.handlers = handlers;
        getStyleClass().add("annotation-cell");
        setPrefWidth(0); // wrap inside the list's width instead of widening it
    }

    @Override
    protected void updateItem(TrialAnnotation entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        setGraphic(empty || entry == null ? null : content(entry));
    }

    private VBox content(TrialAnnotation entry) {
        Annotation a = entry.annotation();
        Label where = new Label(entry.trialId() + " · " + AnnotationTexts.target(a.target()));
        where.getStyleClass().add("annotation-where");
        where.setWrapText(true);
        where.setMinWidth(0);
        Label tag = new Label(AnnotationTexts.tag(a));
        tag.getStyleClass().addAll("annotation-tag", "tag-" + AnnotationTexts.tag(a).replaceAll("[^A-Za-z0-9-]", "-"));
        tag.setMinWidth(Region.USE_PREF_SIZE); // the tag stays whole; the heading wraps
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, where, gap, tag);
        Label note = new Label(a.note().isEmpty() ? "(no text)" : a.note());
        note.getStyleClass().add("annotation-note");
        note.setWrapText(true);
        Label byline = new Label(a.author() + " · " + AnnotationTexts.dates(a, ZoneId.systemDefault()));
        byline.getStyleClass().add("annotation-byline");
        byline.setWrapText(true);
        VBox box = new VBox(3, top, note, byline);
        if (a.sourceChanged()) {
            box.getChildren().add(warning(entry));
        }
        box.getChildren().add(actions(entry));
        box.setFillWidth(true);
        return box;
    }

    private VBox warning(TrialAnnotation entry) {
        Label text = new Label("⚠ The source text changed since this note was made.");
        text.setWrapText(true);
        text.getStyleClass().add("annotation-warning-text");
        Button accept = new Button("Accept current source");
        accept.getStyleClass().add("accept-source-button");
        accept.setOnAction(e -> handlers.reanchor().accept(entry));
        VBox warning = new VBox(4, text, accept);
        warning.getStyleClass().add("annotation-warning");
        return warning;
    }

    private HBox actions(TrialAnnotation entry) {
        Hyperlink edit = new Hyperlink("Edit");
        edit.getStyleClass().add("edit-annotation-link");
        edit.setOnAction(e -> handlers.edit().accept(entry));
        Hyperlink delete = new Hyperlink("Delete");
        delete.getStyleClass().add("delete-annotation-link");
        delete.setOnAction(e -> handlers.delete().accept(entry));
        return new HBox(4, edit, delete);
    }
}
