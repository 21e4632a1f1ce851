package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Schedule;

/**
 * Fourth round: a window that ends at a stated time or at another event, whichever comes first
 * ("Until 28 days from the last dose of study drugs or initiation of a new anticancer treatment").
 * As with "Randomization until disease progression, death, or 12 months after randomized enrollment,
 * whichever occurs first" (read as 12 MONTH before this round), the stated time is the reading and the
 * event is not placed, so a name inside it is not reported unread. The tune half holds this class in
 * four records (NCT06620835 and NCT03986528 were read already); the order "time, then event" failed in
 * two (NCT05466149, NCT03798535: the first two rows); the others are written variants.
 */
class AlternativeWindowEndTest {

    private final TimeFrameReader reader = new TimeFrameReader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Until 28 days from the last dose of study drugs or initiation of a new anticancer treatment | 28 DAY @last dose of study drugs
            up to 90 days after last D infusion or at time of next subsequent therapy initiation (whichever occurred earlier) | 90 DAY @last D infusion
            Up to 30 days after the last dose or start of new anticancer therapy, whichever comes first | 30 DAY @last dose
            Until 30 days after the last dose or disease progression, whichever occurs first          | 30 DAY @last dose
            Within 6 months after surgery or the date of relapse, whichever is earlier                 | 6 MONTH
            """)
    void readsTheStatedTimeOfAWindowThatMayEndEarlierAtAnEvent(String timeFrame, String points) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts()).isEmpty();
    }

    /**
     * Not an alternative end: a second name of the same event ("administration of CP or placebo": the
     * anchor would be cut to "administration of CP"), "or more" (an open bound), a condition ("when
     * ..."), and an "or" with no window word before it (which end is meant is not said).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SAEs will be recorded and reported up to 7 days after administration of CP or placebo.   | up to 7 days after administration of CP or placebo
            Day 7 (up to Day 20 or more) at predose                                                 | up to Day 20 or more) at predose
            Until 28 days after the last dose or when the patient withdraws                          | withdraws
            30 days after the last dose or new anticancer therapy                                    | 30 days after the last dose or new anticancer
            """)
    void leavesOtherWordsAfterOrUnread(String timeFrame, String unread) {
        assertThat(reader.read(timeFrame).unreadParts()).containsExactly(unread);
    }
}
