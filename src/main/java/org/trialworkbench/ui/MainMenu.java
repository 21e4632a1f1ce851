package org.trialworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.ui.export.ExportController;
import org.trialworkbench.ui.export.ExportFormatDialog;
import org.trialworkbench.ui.importing.ImportController;
import org.trialworkbench.ui.reread.RereadController;
import org.trialworkbench.ui.reread.RereadDialogs;

/** The menu bar; the choosers only pick paths and hand them to the import/export controllers. */
final class MainMenu {
    private final Stage stage;
    private final UiContext context;
    private final AppState state;
    private final ImportController imports;
    private final ExportController exports;
    private final RereadController rereading;

    /** {@code rereading} null: no File → Read all trials again. */
    MainMenu(Stage stage, UiContext context, AppState state, ImportController imports, ExportController exports,
             RereadController rereading) {
        this.stage = stage;
        this.context = context;
        this.state = state;
        this.imports = imports;
        this.exports = exports;
        this.rereading = rereading;
    }

    MenuBar build() {
        MenuItem importFiles = item("Import…", "importMenuItem", this::chooseFilesToImport);
        importFiles.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem importFolder = item("Import folder…", "importFolderMenuItem", this::chooseFolderToImport);
        MenuItem export = item("Export…", "exportMenuItem", this::chooseExport);
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        MenuItem quit = item("Quit", "quitMenuItem", stage::close);
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu("File", null, importFiles, importFolder, export, new SeparatorMenuItem(), quit);
        importFiles.disableProperty().bind(state.work().runningProperty());
        importFolder.disableProperty().bind(state.work().runningProperty());
        export.disableProperty().bind(state.work().runningProperty());
        if (rereading != null) {
            MenuItem reread = item("Read all trials again…", "rereadMenuItem", this::confirmReread);
            reread.disableProperty().bind(state.work().runningProperty());
            file.getItems().add(3, reread);
        }

        MenuItem examples = item("Load example trials", "examplesMenuItem", imports::importExamples);
        examples.disableProperty().bind(state.work().runningProperty());
        Menu help = new Menu("Help", null, examples, new SeparatorMenuItem(),
                item("About Trial Workbench", "aboutMenuItem", this::showAbout));
        MenuBar bar = new MenuBar(file, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void confirmReread() {
        if (RereadDialogs.confirm(stage)) {
            rereading.rereadAll();
        }
    }

    private void chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import registry records");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Registry records", "*.json", "*.xml", "*.html", "*.htm", "*.txt",
                        "*.zip"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        initialFolder().ifPresent(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            remember(files.get(0).toPath().getParent());
            imports.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolderToImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import every record in a folder");
        initialFolder().ifPresent(chooser::setInitialDirectory);
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            remember(folder.toPath());
            imports.importPaths(List.of(folder.toPath()));
        }
    }

    private void chooseExport() {
        int compared = exports.trialIdsToExport().size();
        String scope = compared == 0 ? "all stored trials" : "the " + compared + " compared trials";
        new ExportFormatDialog(stage, exports::supports, scope).ask().ifPresent(format -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export as " + format.cliName());
            chooser.setInitialFileName("trials." + format.fileExtension());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    format.cliName().toUpperCase(java.util.Locale.ROOT), "*." + format.fileExtension()));
            initialFolder().ifPresent(chooser::setInitialDirectory);
            File out = chooser.showSaveDialog(stage);
            if (out != null) {
                remember(out.toPath().getParent());
                exports.export(format, withExtension(out.toPath(), format));
            }
        });
    }

    private static Path withExtension(Path out, ExportFormat format) {
        String name = out.getFileName().toString();
        return name.contains(".") ? out : out.resolveSibling(name + "." + format.fileExtension());
    }

    private java.util.Optional<File> initialFolder() {
        Path folder = state.lastFolderProperty().get();
        return folder == null || !folder.toFile().isDirectory() ? java.util.Optional.empty()
                : java.util.Optional.of(folder.toFile());
    }

    private void remember(Path folder) {
        if (folder != null) {
            state.lastFolderProperty().set(folder);
        }
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Trial Workbench");
        about.setHeaderText("Trial Workbench " + context.version());
        about.setContentText("""
                Side-by-side review of clinical trial registry records: eligibility criteria, \
                outcome schedules and dose-escalation cohorts. What could not be read is reported \
                as unread, never guessed.

                Store: %s""".formatted(context.storeDescription()));
        about.getDialogPane().setPrefWidth(520);
        about.show();
    }
}
