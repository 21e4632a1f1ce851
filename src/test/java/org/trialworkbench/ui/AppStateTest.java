package org.trialworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Trial;

class AppStateTest {
    private final AppState state = new AppState();

    private static List<Trial> trials(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> TestTrials.bare("T" + i, "Trial " + i)).toList();
    }

    @Test
    void addingRefusesTheSeventhTrialWithAStatusMessage() {
        assertThat(state.addToComparison(trials(1, 6))).isZero();
        assertThat(state.addToComparison(trials(7, 7))).isEqualTo(1);
        assertThat(state.comparedIds()).containsExactly("T1", "T2", "T3", "T4", "T5", "T6");
        assertThat(state.statusProperty().get()).contains("at most 6").contains("1 not added");
    }

    @Test
    void addingSkipsTrialsAlreadyComparedAndFillsUpToSix() {
        state.addToComparison(trials(1, 4));
        assertThat(state.addToComparison(trials(3, 9))).isEqualTo(3);
        assertThat(state.comparedIds()).containsExactly("T1", "T2", "T3", "T4", "T5", "T6");
    }

    @Test
    void compareReplacesAndRemoveDropsOneColumn() {
        state.addToComparison(trials(1, 3));
        state.compare(trials(4, 5));
        assertThat(state.comparedIds()).containsExactly("T4", "T5");
        state.removeFromComparison("T4");
        assertThat(state.comparedIds()).containsExactly("T5");
    }
}
