package org.trialworkbench.ui.reread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.service.RereadReport;
import org.trialworkbench.service.RereadUseCase;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.SameThreadTaskRunner;

/** The controller without a window: status line, progress, refresh and refusal, on the same thread. */
class RereadControllerTest {
    private final AppState state = new AppState();
    private final List<String> seen = new ArrayList<>();
    private final List<RereadReport> shown = new ArrayList<>();

    private RereadController controller(RereadUseCase useCase) {
        return new RereadController(useCase, new SameThreadTaskRunner(), state, () -> seen.add("refreshed"), shown::add);
    }

    @Test
    void theLastTrialsProgressIsShownAndTheResultGoesToTheStatusLineAndTheDialog() {
        RereadReport report = new RereadReport(3, 1, 1,
                List.of(new RereadReport.KeptTrial("NCT1", "its source x.json (workbench-json) cannot be read again")), false);
        controller((progress, token) -> {
            for (int i = 1; i <= 3; i++) {
                progress.trialDone(i, 3);
            }
            seen.add(state.work().textProperty().get() + " @ " + state.work().progressProperty().get());
            return report;
        }).rereadAll();

        assertThat(seen).containsExactly("Reading trials again: 3 of 3 @ 1.0", "refreshed");
        assertThat(state.statusProperty().get())
                .isEqualTo("3 trials read again: 1 changed, 1 unchanged, 1 kept as stored (could not be re-read)");
        assertThat(shown).containsExactly(report);
        assertThat(state.work().isRunning()).isFalse();
    }

    @Test
    void aFailureEndsTheWorkSaysSoAndStillRefreshes() {
        controller((progress, token) -> {
            throw new IllegalStateException("The store is closed.");
        }).rereadAll();

        assertThat(state.statusProperty().get()).startsWith("Reading the trials again stopped: The store is closed.");
        assertThat(seen).containsExactly("refreshed");
        assertThat(shown).isEmpty();
        assertThat(state.work().isRunning()).isFalse();
    }

    @Test
    void isRefusedWhileOtherWorkRuns() {
        state.work().begin("Importing x.zip");
        controller((progress, token) -> {
            throw new AssertionError("must not run");
        }).rereadAll();

        assertThat(state.statusProperty().get()).startsWith("Wait for the running work to finish");
        assertThat(state.work().textProperty().get()).isEqualTo("Importing x.zip");
        assertThat(seen).isEmpty();
    }
}
