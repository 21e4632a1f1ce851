package org.trialworkbench.ui.annotations;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The Annotate menu and its shortcuts (none of them taken by the File and Help menus). */
public final class AnnotateMenu {
    private AnnotateMenu() {
    }

    /** The menu over these actions; "Show annotations" shows and hides {@code pane}. */
    public static Menu create(AnnotationActions actions, Node pane, boolean corrections) {
        MenuItem annotate = item("Annotate selected item…", "annotateMenuItem", "Shortcut+Shift+N",
                actions::annotateSelected);
        MenuItem correct = item("Correct reading…", "correctMenuItem", "Shortcut+Shift+R", actions::correctSelected);
        correct.setDisable(!corrections);
        MenuItem undo = item("Undo note change", "undoAnnotationMenuItem", "Shortcut+Z", actions::undo);
        MenuItem redo = item("Redo note change", "redoAnnotationMenuItem", "Shortcut+Shift+Z", actions::redo);
        CheckMenuItem show = new CheckMenuItem("Show annotations");
        show.setId("showAnnotationsMenuItem");
        show.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        show.setSelected(pane.isVisible());
        pane.visibleProperty().bindBidirectional(show.selectedProperty());
        pane.managedProperty().bind(pane.visibleProperty());
        MenuItem name = item("Reviewer name…", "reviewerNameMenuItem", null, actions::changeReviewerName);
        Menu menu = new Menu("Annotate", null, annotate, correct, new SeparatorMenuItem(), undo, redo,
                new SeparatorMenuItem(), show, name);
        menu.setId("annotateMenu");
        return menu;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
