package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.TrialDates;

class OutcomeSchedulerTest {

    private final OutcomeScheduler scheduler = new OutcomeScheduler();

    private static Outcome outcome(String key, String timeFrame) {
        return new Outcome(key, key.startsWith("P") ? OutcomeKind.PRIMARY : OutcomeKind.SECONDARY, "measure", null,
                timeFrame, null);
    }

    @Test
    void runsAnOpenRecurrenceToTheLongestStatedTimePointOfTheTrial() {
        List<Outcome> read = scheduler.schedule(List.of(outcome("P1", "every three month"),
                outcome("S1", "12 months after transplantation"), outcome("S2", "Week 4")), TrialDates.EMPTY);
        assertThat(read.get(0).schedule().recurrence().until())
                .isEqualTo(new Offset(12, TimeUnit.MONTH, ScheduleHorizon.FROM_LONGEST_POINT));
        assertThat(read.get(1).schedule().timePoints()).hasSize(1);
        assertThat(read).extracting(Outcome::key).containsExactly("P1", "S1", "S2");
    }

    @Test
    void usesPrimaryCompletionMinusStartWhenNoTimePointIsStated() {
        // NCT00962923 (seed 000): start August 2009, primary completion December 2010, P1 "monthly"
        List<Outcome> read = scheduler.schedule(List.of(outcome("P1", "monthly")),
                new TrialDates("2009-08", "2010-12", null));
        assertThat(read.get(0).schedule().recurrence().until())
                .isEqualTo(new Offset(487, TimeUnit.DAY, ScheduleHorizon.FROM_DATES));
    }

    @Test
    void leavesTheEndOpenWithoutHorizon() {
        List<Outcome> read = scheduler.schedule(List.of(outcome("P1", "monthly"), outcome("S1", "NA")),
                new TrialDates("2009", "2010-12", null));
        assertThat(read.get(0).schedule().recurrence().until()).isNull();
    }

    @Test
    void keepsAStatedEndAndLeavesUnreadSchedulesAlone() {
        List<Outcome> read = scheduler.schedule(List.of(outcome("P1", "every 3 weeks up to 18 weeks"),
                outcome("S1", "every 2 weeks until the last patient"), outcome("S2", null), outcome("S3", "5 years")),
                TrialDates.EMPTY);
        assertThat(read.get(0).schedule().recurrence().until().label()).isEqualTo("up to 18 weeks");
        assertThat(read.get(1).schedule().unreadParts()).isNotEmpty();
        assertThat(read.get(1).schedule().recurrence() == null
                || read.get(1).schedule().recurrence().until() == null).isTrue();
        assertThat(read.get(2).schedule()).isNull();
    }

    @Test
    void datesAnOutcomeWithNoTimeFrameByItsMeasureAndSaysSo() {
        Outcome titled = new Outcome("P1", OutcomeKind.PRIMARY, "Change From Baseline in NIS at Month 6, 12 and 18", null,
                null, null);
        Outcome stated = new Outcome("S1", OutcomeKind.SECONDARY, "Change in NIS at Month 6", null, "Week 26", null);
        Outcome refused = new Outcome("S2", OutcomeKind.SECONDARY, "Graft survival at 12 months after transplantation",
                null, "", null);
        List<Outcome> read = scheduler.schedule(List.of(titled, stated, refused), TrialDates.EMPTY);

        // a change from baseline is measured at baseline too, as the reader reads "change from baseline at 6 months"
        assertThat(read.get(0).schedule().timePoints()).extracting(Offset::value).containsExactly(0.0, 6.0, 12.0, 18.0);
        assertThat(read.get(0).schedule().fromMeasure()).isEqualTo("From Baseline … at Month 6, 12 and 18");
        assertThat(read.get(0).timeFrame()).as("the registry's time frame stays as written: none").isNull();
        // a stated time frame is what is read, never the measure's words
        assertThat(read.get(1).schedule().timePoints()).extracting(Offset::label).containsExactly("Week 26");
        assertThat(read.get(1).schedule().readFromMeasure()).isFalse();
        assertThat(read.get(2).schedule()).isNull();
    }
}
