package org.trialworkbench.ui.trialview;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.trialworkbench.service.SourceInfo;

/** One source: format and file, when it was imported, by which importer version, what it states. */
final class SourceCell extends ListCell<SourceInfo> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    SourceCell() {
        // Asking for no width makes the cell follow the list's width: long names are cut, not scrolled.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SourceInfo source, boolean empty) {
        super.updateItem(source, empty);
        setText(null);
        if (empty || source == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Label name = new Label("[" + (getIndex() + 1) + "] " + TrialViewModel.sourceLabel(source.format(), source.file()));
        name.getStyleClass().add("source-name");
        // the end names the record within its file ("…#Trial 40 (JPRN-jRCT2080224769)"): cut in the middle
        name.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        String version = source.importerVersion() > 0 ? "importer v" + source.importerVersion()
                : "restored from an export";
        Label details = new Label("imported " + WHEN.format(source.importedAt()) + " · " + version + " · "
                + source.fieldsProvided().size() + " fields");
        details.getStyleClass().add("source-label");
        setGraphic(new VBox(1, name, details));
        setTooltip(new Tooltip(source.file() + "\nSHA-256 " + source.sha256() + "\nStates: "
                + String.join(", ", source.fieldsProvided().stream().map(KeyFields::label).toList())));
    }
}
