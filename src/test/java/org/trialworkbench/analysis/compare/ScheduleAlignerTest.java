package org.trialworkbench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.analysis.schedule.TimeAxis;
import org.trialworkbench.analysis.schedule.TimeFrameReader;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.AssessmentMarker;
import org.trialworkbench.model.comparison.OutcomeScheduleRow;
import org.trialworkbench.model.comparison.ScheduleComparison;

class ScheduleAlignerTest {

    private static Trial trialWith(String timeFrame) {
        return Trial.builder().id("NCT00000001").briefTitle("A trial").outcomes(List.of(new Outcome("P1",
                OutcomeKind.PRIMARY, "Adverse events", null, timeFrame, new TimeFrameReader().read(timeFrame)))).build();
    }

    @Test
    void aTimeAfterAnotherEventGetsNoMarkerAndDoesNotStretchTheAxisButStaysInTheRow() {
        ScheduleComparison c = new ScheduleAligner().align(List.of(
                trialWith("Week 4 and up to 5 years after the last dose")));
        OutcomeScheduleRow row = c.trials().get(0).rows().get(0);
        assertThat(row.markers()).extracting(AssessmentMarker::day).containsExactly(28.0);
        assertThat(c.trials().get(0).axisEndDays()).isEqualTo(365.25); // not 5 years
        assertThat(TimeAxis.anchoredPoints(row.schedule())).hasSize(1)
                .allSatisfy(o -> assertThat(o.anchor()).isEqualTo("last dose"));
        assertThat(row.fullyRead()).isTrue();
    }
}
