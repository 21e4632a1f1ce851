package org.trialworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.ui.TestTrials;
import org.trialworkbench.ui.Texts;

class OutcomeSchedulePanelViewModelTest {
    private final OutcomeSchedulePanelViewModel model = new OutcomeSchedulePanelViewModel(
            FXCollections.observableArrayList(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));

    @Test
    void oneRowPerOutcomeKeyWithKindMeasureTimeFrameAndSchedule() {
        assertThat(model.rows()).extracting(ComparisonRow::label).containsExactly("P1", "S1");
        ComparisonRow p1 = model.rows().get(0);
        assertThat(p1.values().get(0)).isEqualTo(
                "Primary: Dose-limiting toxicities\nTime frame: Day 1 to day 28\nSchedule: Day 28 (28 days)");
        assertThat(p1.values().get(1)).isEqualTo("Primary: Response rate\nTime frame: Week 12");
        assertThat(p1.differs()).isTrue();
        assertThat(model.rows().get(1).values()).containsExactly(
                "Secondary: Plasma concentration\nTime frame: Every 3 months for 2 years\n"
                        + "Schedule: every 3 months until 2 years", Texts.MISSING);
    }

    @Test
    void reportsUnreadPartsOfASchedule() {
        Schedule s = new Schedule(List.of(new Offset(0, TimeUnit.DAY, "Baseline")), null, List.of("end of study"));
        assertThat(OutcomeSchedulePanelViewModel.schedule(s)).isEqualTo("Baseline (0 days); not read: end of study");
    }
}
