package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;

class TimeAxisTest {

    @ParameterizedTest
    @CsvSource({"1, MONTH, 30.4375", "2, YEAR, 730.5", "3, WEEK, 21", "12, HOUR, 0.5", "90, MINUTE, 0.0625", "-5, DAY, -5"})
    void convertsOffsetsToDays(double value, TimeUnit unit, double days) {
        assertThat(TimeAxis.toDays(new Offset(value, unit, null))).isCloseTo(days, within(1e-9));
    }

    @Test
    void keepsTimesAfterAnotherEventOffTheBaselineAxis() {
        Schedule s = new TimeFrameReader().read("Baseline, Week 4 and 30 days after the last dose");
        Offset afterLastDose = new Offset(30, TimeUnit.DAY, "30 days after the last dose", "last dose");
        assertThat(TimeAxis.toDays(afterLastDose)).isNaN();
        assertThat(TimeAxis.daysAfterAnchor(afterLastDose)).isEqualTo(30.0);
        assertThat(TimeAxis.assessmentDays(s, 10_000)).containsExactly(0.0, 28.0);
        assertThat(TimeAxis.baselinePoints(s)).extracting(Offset::label).containsExactly("Baseline", "Week 4");
        assertThat(TimeAxis.anchoredPoints(s)).containsExactly(afterLastDose);
    }

    @Test
    void aRecurrenceWithAnAnchoredEndRunsToTheAxisEnd() {
        Schedule s = new Schedule(List.of(), new Recurrence(new Offset(1, TimeUnit.WEEK, null),
                new Offset(2, TimeUnit.WEEK, "2 weeks after discharge", "discharge")), List.of());
        assertThat(TimeAxis.assessmentDays(s, 28)).containsExactly(7.0, 14.0, 21.0, 28.0);
    }

    @Test
    void expandsARecurrenceUpToItsEndTogetherWithTheTimePoints() {
        Schedule s = new TimeFrameReader().read("Baseline, every 3 months up to 1 year");
        List<Double> days = TimeAxis.assessmentDays(s, 10_000);
        assertThat(days).containsExactly(0.0, 91.3125, 182.625, 273.9375, 365.25);
    }

    @Test
    void stopsAtTheAxisEndWhenTheRecurrenceHasNone() {
        Schedule s = new Schedule(List.of(), new Recurrence(new Offset(1, TimeUnit.WEEK, "weekly"), null), List.of());
        assertThat(TimeAxis.assessmentDays(s, 30)).containsExactly(7.0, 14.0, 21.0, 28.0);
    }

    @Test
    void capsTheNumberOfAssessmentDays() {
        Schedule s = new Schedule(List.of(), new Recurrence(new Offset(1, TimeUnit.HOUR, "hourly"),
                new Offset(5, TimeUnit.YEAR, "5 years")), List.of());
        assertThat(TimeAxis.assessmentDays(s, 1e9)).hasSize(TimeAxis.MAX_POINTS);
    }

    @Test
    void drawsNothingForAScheduleThatWasNotRead() {
        assertThat(TimeAxis.assessmentDays(null, 100)).isEmpty();
    }
}
