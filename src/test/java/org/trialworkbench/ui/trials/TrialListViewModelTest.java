package org.trialworkbench.ui.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.TaskRunner;
import org.trialworkbench.ui.TestTrials;
import org.trialworkbench.ui.compare.ComparisonLoader;

class TrialListViewModelTest {
    private final AppState state = new AppState();
    private final FakeCatalog catalog = new FakeCatalog(TestTrials.doseEscalation(), TestTrials.randomizedPhase2(),
            TestTrials.bare("NCT09999999", "Another escalation study"));

    private TrialListViewModel model(TaskRunner runner) {
        return new TrialListViewModel(catalog, runner, state, new ComparisonLoader(catalog, runner, state));
    }

    @Test
    void refreshReadsRowsAndTheStoredCount() {
        TrialListViewModel model = model(new SameThreadTaskRunner());
        model.refresh();
        assertThat(model.rows()).extracting(TrialSummary::id)
                .containsExactly("NCT01000001", "NCT09999999", "jRCT2031200001");
        assertThat(state.storedCountProperty().get()).isEqualTo(3);
    }

    @Test
    void filterQueriesTheCatalogAndKeepsTheStoredCount() {
        TrialListViewModel model = model(new SameThreadTaskRunner());
        model.refresh();
        model.filterProperty().set("  escalat ");
        model.applyFilter();
        assertThat(catalog.queries).endsWith("escalat");
        assertThat(model.rows()).extracting(TrialSummary::id).containsExactly("NCT01000001", "NCT09999999");
        assertThat(state.storedCountProperty().get()).isEqualTo(3);
    }

    @Test
    void anAnswerToAnOlderQueryIsDropped() {
        QueueRunner runner = new QueueRunner();
        TrialListViewModel model = model(runner);
        model.filterProperty().set("jRCT");
        model.applyFilter();
        model.filterProperty().set("NCT0100");
        model.applyFilter();
        runner.runNewestFirst();
        assertThat(model.rows()).extracting(TrialSummary::id).containsExactly("NCT01000001");
    }

    @Test
    void compareIsPossibleForTwoToSixSelectedAndLoadsTheTrials() {
        TrialListViewModel model = model(new SameThreadTaskRunner());
        model.refresh();
        state.selectedTrials().setAll(model.rows().get(0));
        assertThat(model.canCompareProperty().get()).isFalse();
        state.selectedTrials().setAll(model.rows());
        assertThat(model.canCompareProperty().get()).isTrue();
        model.compareSelected();
        assertThat(state.comparedIds()).containsExactly("NCT01000001", "NCT09999999", "jRCT2031200001");
    }

    /** Holds submitted work so a test can finish it in any order. */
    private static final class QueueRunner implements TaskRunner {
        private final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            pending.add(() -> new SameThreadTaskRunner().submit(work, onSuccess, onFailure));
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }

        void runNewestFirst() {
            while (!pending.isEmpty()) {
                pending.removeLast().run();
            }
        }
    }
}
