package org.trialworkbench.ui;

import java.io.File;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import java.util.function.Consumer;
import javafx.scene.control.SplitPane;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.ui.export.OpenInBrowserOffer;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.trialworkbench.ui.annotations.AnnotateMenu;
import org.trialworkbench.ui.annotations.AnnotationActions;
import org.trialworkbench.ui.annotations.AnnotationsPane;
import org.trialworkbench.ui.compare.ComparisonLoader;
import org.trialworkbench.ui.compare.ComparisonPane;
import org.trialworkbench.ui.export.ExportController;
import org.trialworkbench.ui.importing.ImportController;
import org.trialworkbench.ui.importing.ImportProblemsDialog;
import org.trialworkbench.ui.reread.RereadController;
import org.trialworkbench.ui.reread.RereadDialogs;
import org.trialworkbench.ui.settings.SettingsStore;
import org.trialworkbench.ui.settings.WindowSettingsBinder;
import org.trialworkbench.ui.status.StatusBar;
import org.trialworkbench.ui.trials.TrialListPane;
import org.trialworkbench.ui.trialview.TrialViewWindow;
import org.trialworkbench.ui.trials.TrialListViewModel;

/**
 * The main window: menu, trial list (left), comparison (centre), status bar. Built in code over
 * one {@link AppState}; everything slow goes through the {@link TaskRunner}.
 */
public final class MainWindow {
    public static final String TITLE = "Trial Workbench";
    private static final String CSS = "/org/trialworkbench/ui/workbench.css";

    private final Stage stage;
    private final AppState state = new AppState();
    private final TrialListViewModel trialList;
    private final ImportController imports;
    private final ExportController exports;
    private final RereadController rereading;
    private final WindowSettingsBinder settings;
    private final TaskRunner runner;
    private final AnnotationActions annotations;
    private Consumer<String> browser;

    private MainWindow(UiContext context, Stage stage, TaskRunner runner) {
        this.stage = stage;
        this.runner = runner;
        ComparisonLoader loader = new ComparisonLoader(context.catalog(), runner, state);
        trialList = new TrialListViewModel(context.catalog(), runner, state, loader);
        imports = new ImportController(context.importer(), runner, state, trialList::refresh,
                result -> ImportProblemsDialog.show(stage, result));
        exports = new ExportController(context.exporter(), runner, state);
        rereading = context.rereading() == null ? null : new RereadController(context.rereading(), runner, state,
                () -> refreshListAndComparison(loader), report -> RereadDialogs.showResult(stage, report));
        exports.setOnWritten((format, path) -> {
            if (format == ExportFormat.HTML && browser != null) {
                OpenInBrowserOffer.ask(stage, path, browser);
            }
        });

        TrialListPane listPane = new TrialListPane(trialList, state);
        TrialViewWindow.installOn(listPane, stage, context.maintenance(), runner, trialList::refresh);
        SplitPane split = new SplitPane(listPane, new ComparisonPane(state, loader, context.comparer(), runner));
        split.setId("mainSplit");
        split.setOrientation(Orientation.HORIZONTAL);

        settings = new WindowSettingsBinder(new SettingsStore(context.settingsFile()), stage, split, state, runner);
        BorderPane root = new BorderPane(split);
        root.setId("mainRoot");
        MenuBar menuBar = new MainMenu(stage, context, state, imports, exports, rereading).build();
        VBox top = new VBox(menuBar, new OfferBar("examplesBar",
                "No trials are stored yet. Load the example trials to try the comparison?", "loadExamplesButton",
                "Load example trials", imports::importExamples, state.storedCountProperty().isEqualTo(0), state));
        if (rereading != null) {
            top.getChildren().add(new OfferBar("rereadOfferBar", "The stored trials were read by an earlier version."
                    + " This version reads criteria, time frames and cohorts better: read them again? Notes and"
                    + " corrections are kept.", "rereadOfferButton", "Read them again", rereading::rereadAll,
                    rereading.outdatedProperty(), state));
            rereading.checkOutdated();
        }
        root.setTop(top);
        if (context.annotations() != null) {
            annotations = new AnnotationActions(context.annotations(), context.corrections(), context.catalog(), runner,
                    state, settings.reviewerNameProperty(), stage);
            AnnotationsPane pane = new AnnotationsPane(annotations);
            root.setRight(pane);
            menuBar.getMenus().add(1, AnnotateMenu.create(annotations, pane, context.corrections() != null));
        } else {
            annotations = null;
        }
        root.setBottom(new StatusBar(state));
        acceptFileDrops(root);

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource(CSS).toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        settings.applyAndWatch();
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> settings.saveNow());
    }

    /** After the stored readings changed: the list and the compared trials are read again. */
    private void refreshListAndComparison(ComparisonLoader loader) {
        trialList.refresh();
        loader.reload();
    }

    /**
     * How to open a document in the system browser (the application's host services); without one
     * the window does not offer to open HTML exports.
     */
    public void setBrowser(Consumer<String> browser) {
        this.browser = browser;
    }

    /**
     * Builds the window on {@code stage}, shows it and starts reading the catalog, with background
     * work on a {@link FxTaskRunner}. Call on the JavaFX thread (e.g. in a TestFX {@code @Start}).
     */
    public static MainWindow create(UiContext context, Stage stage) {
        return create(context, stage, new FxTaskRunner());
    }

    /** As {@link #create(UiContext, Stage)} with a given runner ({@link SameThreadTaskRunner} in tests). */
    public static MainWindow create(UiContext context, Stage stage, TaskRunner runner) {
        MainWindow window = new MainWindow(context, stage, runner);
        stage.show();
        window.trialList.refresh();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public AppState state() {
        return state;
    }

    /** The action behind File → Import…, dropped files and Help → Load example trials. */
    public ImportController imports() {
        return imports;
    }

    /** The action behind File → Export…. */
    public ExportController exports() {
        return exports;
    }

    /** The action behind File → Read all trials again…; null when the context does not offer it. */
    public RereadController rereading() {
        return rereading;
    }

    /** The annotation actions (Annotate menu, side pane); null when the context has no annotations. */
    public AnnotationActions annotations() {
        return annotations;
    }

    public TrialListViewModel trialList() {
        return trialList;
    }

    /** Writes the settings now (also done when the window closes). */
    public void saveSettings() {
        settings.saveNow();
    }

    /** Stops the background runner; for the application's stop(). */
    public void shutdown() {
        runner.shutdown();
    }

    private void acceptFileDrops(BorderPane root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                List<File> files = e.getDragboard().getFiles();
                imports.importPaths(files.stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }
}
