package org.trialworkbench.ui.export;

import java.nio.file.Path;
import java.util.List;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.ExportUseCase;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.TaskRunner;

/**
 * The export action behind File → Export…: writes the compared trials (all stored trials when none
 * are compared) in the background; the exporter writes the file atomically.
 */
public final class ExportController {
    private final ExportUseCase exporter;
    private final TaskRunner runner;
    private final AppState state;
    private java.util.function.BiConsumer<ExportFormat, Path> onWritten = (format, path) -> { };

    public ExportController(ExportUseCase exporter, TaskRunner runner, AppState state) {
        this.exporter = exporter;
        this.runner = runner;
        this.state = state;
    }

    /** Called on the UI thread after a file was written (the window offers to open an HTML export). */
    public void setOnWritten(java.util.function.BiConsumer<ExportFormat, Path> onWritten) {
        this.onWritten = onWritten;
    }

    public boolean supports(ExportFormat format) {
        return exporter.supports(format);
    }

    /** The trial ids an export writes now: the compared trials, or empty (meaning all). */
    public List<String> trialIdsToExport() {
        return state.comparedIds();
    }

    public void export(ExportFormat format, Path out) {
        if (state.work().isRunning()) {
            state.setStatus("Wait for the running work to finish (or cancel it) before exporting");
            return;
        }
        List<String> ids = trialIdsToExport();
        String what = ids.isEmpty() ? "all stored trials" : ids.size() + " compared trials";
        state.work().begin("Exporting " + what);
        runner.submit(() -> {
            exporter.export(format, ids, out);
            return out;
        }, written -> {
            state.work().end();
            state.setStatus("Exported " + what + " as " + format.cliName() + " to " + written);
            onWritten.accept(format, written);
        }, e -> {
            state.work().end();
            state.setStatus("Export failed: " + e.getMessage());
        });
    }
}
