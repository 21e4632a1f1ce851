package org.trialworkbench.ui.reread;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.function.Consumer;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.RereadReport;
import org.trialworkbench.service.RereadUseCase;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.ProgressPoster;
import org.trialworkbench.ui.TaskRunner;

/**
 * The action behind File → Read all trials again…: runs the use case in the background with
 * progress (trials done / total) and Cancel in the status bar; at the end it puts the result line
 * in the status bar, hands the report to {@code showResult} and refreshes the list and comparison.
 */
public final class RereadController {
    static final String LABEL = "Reading trials again";

    private final RereadUseCase rereading;
    private final TaskRunner runner;
    private final AppState state;
    private final Runnable afterRereading;
    private final Consumer<RereadReport> showResult;
    /** True while stored trials were read by an older version of the readers (the window offers to read them again). */
    private final BooleanProperty outdated = new SimpleBooleanProperty(false);

    public RereadController(RereadUseCase rereading, TaskRunner runner, AppState state, Runnable afterRereading,
                            Consumer<RereadReport> showResult) {
        this.rereading = rereading;
        this.runner = runner;
        this.state = state;
        this.afterRereading = afterRereading;
        this.showResult = showResult;
    }

    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated;
    }

    /** Asks the store, in the background, whether its trials were read by an older version of the readers. */
    public void checkOutdated() {
        runner.submit(rereading::readingsOutdated, outdated::set, e -> outdated.set(false));
    }

    /** Reads every stored trial again; refused (with a status line) while other work runs. */
    public void rereadAll() {
        if (state.work().isRunning()) {
            state.setStatus("Wait for the running work to finish (or cancel it) before reading the trials again");
            return;
        }
        CancellationToken token = state.work().begin(LABEL);
        state.setStatus(LABEL + "…");
        ProgressPoster poster = new ProgressPoster(runner, state.work());
        RereadUseCase.Progress progress = (done, total) ->
                poster.post(total == 0 ? 1 : (double) done / total, progressText(done, total), done >= total);
        runner.submit(() -> rereading.rereadAll(progress, token), this::finished, this::failed);
    }

    /** "Reading trials again: 3 of 120". */
    static String progressText(int done, int total) {
        return LABEL + ": " + done + " of " + total;
    }

    private void finished(RereadReport report) {
        state.work().end();
        state.setStatus(report.summaryLine());
        afterRereading.run();
        showResult.accept(report);
        checkOutdated();
    }

    private void failed(Throwable e) {
        state.work().end();
        state.setStatus("Reading the trials again stopped: " + e.getMessage()
                + " (the trials read until then keep their new reading)");
        afterRereading.run();
    }
}
