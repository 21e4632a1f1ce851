package org.trialworkbench.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.ImportReport;
import org.trialworkbench.service.ImportUseCase;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.TaskRunner;

/**
 * The import action behind File → Import…, dropped files and Help → Load example trials. Runs the
 * import in the background with progress and Cancel in the status bar; at the end it shows the
 * summary, hands failures/warnings to {@code showProblems} and refreshes the trial list.
 */
public final class ImportController {
    private final ImportUseCase importer;
    private final TaskRunner runner;
    private final AppState state;
    private final Runnable afterImport;
    private final Consumer<ImportResult> showProblems;

    public ImportController(ImportUseCase importer, TaskRunner runner, AppState state, Runnable afterImport,
                            Consumer<ImportResult> showProblems) {
        this.importer = importer;
        this.runner = runner;
        this.state = state;
        this.afterImport = afterImport;
        this.showProblems = showProblems;
    }

    /** Imports files and folders (recursively, zip archives included: the importer decides). */
    public void importPaths(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            return;
        }
        List<Path> copy = List.copyOf(paths);
        run("Importing " + describe(copy), (listener, token) -> importer.importPaths(copy, listener, token));
    }

    /** Imports the example records bundled with the application. */
    public void importExamples() {
        run("Loading example trials", importer::importExamples);
    }

    private interface ImportCall {
        ImportReport run(ImportProgressListener listener, CancellationToken token) throws Exception;
    }

    private void run(String label, ImportCall call) {
        if (state.work().isRunning()) {
            state.setStatus("Wait for the running work to finish (or cancel it) before importing");
            return;
        }
        CancellationToken token = state.work().begin(label);
        ImportProgressListener listener = new ImportProgressListener(runner, state.work(), label);
        state.setStatus(label + "…");
        runner.submit(() -> call.run(listener, token), report -> finished(report, listener), this::failed);
    }

    private void finished(ImportReport report, ImportProgressListener listener) {
        state.work().end();
        state.setStatus("Import: " + report.summaryLine());
        afterImport.run();
        List<String> problems = listener.problems();
        if (!problems.isEmpty()) {
            showProblems.accept(new ImportResult(report, problems));
        }
    }

    private void failed(Throwable e) {
        state.work().end();
        state.setStatus("Import stopped: " + e.getMessage());
        afterImport.run();
    }

    private static String describe(List<Path> paths) {
        if (paths.size() == 1) {
            Path name = paths.get(0).getFileName();
            return name == null ? paths.get(0).toString() : name.toString();
        }
        return paths.size() + " files";
    }
}
