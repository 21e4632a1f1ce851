package org.trialworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Trial;
import org.trialworkbench.ui.TestTrials;
import org.trialworkbench.ui.Texts;

class EligibilityPanelViewModelTest {
    private final ObservableList<Trial> compared = FXCollections.observableArrayList(
            TestTrials.doseEscalation(), TestTrials.randomizedPhase2());
    private final EligibilityPanelViewModel model = new EligibilityPanelViewModel(compared);

    private ComparisonRow row(String label) {
        return model.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void oneColumnPerComparedTrialWithIdAndTitle() {
        assertThat(model.columns()).containsExactly(
                new ComparedColumn("NCT01000001", "Escalating doses of drug A in solid tumours"),
                new ComparedColumn("jRCT2031200001", "Drug B versus placebo in women with condition X"));
    }

    @Test
    void showsAgeLimitsWithInclusivenessAndMarksMissingOnes() {
        assertThat(row("Minimum age").values()).containsExactly("18 years (inclusive)", "20 years (exclusive)");
        assertThat(row("Maximum age").values()).containsExactly("75 years (inclusive)", Texts.MISSING);
        assertThat(row("Sex").values()).containsExactly("All", "Female");
        assertThat(row("Healthy volunteers").values()).containsExactly("No", Texts.MISSING);
    }

    @Test
    void marksRowsWhoseValuesDiffer() {
        assertThat(row("Minimum age").differs()).isTrue();
        compared.setAll(TestTrials.doseEscalation(), TestTrials.doseEscalation().toBuilder().id("NCT01000002").build());
        assertThat(row("Minimum age").differs()).isFalse();
        assertThat(row("I1").differs()).isFalse();
    }

    @Test
    void alignsCriteriaByKeyInclusionsBeforeExclusions() {
        List<ComparisonRow> criteria = model.rows().stream()
                .filter(r -> r.section().equals(EligibilityPanelViewModel.CRITERIA)).toList();
        assertThat(criteria).extracting(ComparisonRow::label).containsExactly("I1", "I2", "E1");
        assertThat(row("I2").values()).containsExactly(Texts.MISSING, "Inclusion: Condition X");
        assertThat(row("E1").values()).containsExactly("Exclusion: Pregnancy",
                "Exclusion (kind inferred): Renal failure");
    }

    @Test
    void keepsTheCriteriaTextAsStated() {
        assertThat(row("Criteria text").values().get(0))
                .isEqualTo("Inclusion: adults with ECOG 0-1. Exclusion: pregnancy.");
    }

    @Test
    void withoutReadCriteriaThereAreNoCriterionRows() {
        compared.setAll(TestTrials.bare("A", "a"), TestTrials.bare("B", "b").toBuilder()
                .eligibility(Eligibility.EMPTY).build());
        assertThat(model.rows()).noneMatch(r -> r.section().equals(EligibilityPanelViewModel.CRITERIA));
        assertThat(row("Criteria text").values()).containsExactly(Texts.MISSING, Texts.MISSING);
    }

    @Test
    void followsTheComparisonWhenTrialsAreRemoved() {
        compared.remove(0);
        assertThat(model.columns()).extracting(ComparedColumn::trialId).containsExactly("jRCT2031200001");
        assertThat(row("Sex").values()).containsExactly("Female");
        assertThat(row("Sex").differs()).isFalse();
        compared.clear();
        assertThat(model.rows()).isEmpty();
    }
}
