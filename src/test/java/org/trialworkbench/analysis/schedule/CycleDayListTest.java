package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Schedule;

/**
 * Fourth round: lists of days of one or more cycles ("Days 1, 8 and 15 of Cycle 1", "Day 1 of Cycles 1
 * and 2"). Each day of each cycle is a time point; cycle 1 starts at baseline, a later cycle needs its
 * length stated in the same text. A range of cycles ("Cycles 1-3") holds every cycle in it, since the
 * days are in each cycle (unlike "Day 1 to Day 28", whose ends are a window). The first rows are real
 * wordings of the tuning half (NCT02652234, NCT04780568, NCT03424005); the others are written variants.
 */
class CycleDayListTest {

    private final TimeFrameReader reader = new TimeFrameReader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            day1, day2 of cycle1                                        | 1 DAY; 2 DAY
            Days 1, 8 and 15 of Cycle 1                                 | 1 DAY; 8 DAY; 15 DAY
            Day 1 and Day 15 of Cycle 1                                 | 1 DAY; 15 DAY
            Day 1, Day 8, and Day 15 of cycle 1                         | 1 DAY; 8 DAY; 15 DAY
            Day 1 and 15 of Cycle 1                                     | 1 DAY; 15 DAY
            Days 1 to 21 of cycle 1                                     | 1 DAY; 21 DAY
            Day 1 of Cycles 1 and 2 (each cycle is 28 days)             | 1 DAY; 29 DAY
            Day 1 of Cycles 1, 2 and 3 (28-day cycles)                  | 1 DAY; 29 DAY; 57 DAY
            Days 1 and 8 of Cycles 1 and 2 (each cycle is 21 days)      | 1 DAY; 8 DAY; 22 DAY; 29 DAY
            Day 15 of Cycle 1                                           | 15 DAY
            Day 8 of cycle 2 (each cycle is 21 days)                    | 29 DAY
            Day 1 of Cycles 1-3 (each cycle is 21 days)                 | 1 DAY; 22 DAY; 43 DAY
            Day 1 of Cycles 2 through 4 (21-day cycles)                 | 22 DAY; 43 DAY; 64 DAY
            """)
    void readsEveryDayOfEveryCycleNamed(String timeFrame, String points) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts()).isEmpty();
    }

    /**
     * A later cycle of unstated or ambiguous length cannot be placed: the days stay unread (and so does
     * the pre-dose or pre-treatment of those days: it is not the baseline one). A range of cycles is read
     * in full ("Cycles 1-3": cycles 1, 2 and 3), so an implausibly long one is not read. A pre-treatment
     * "on" the days is their pre-dose, not a baseline time: with the days placed it had been read as an
     * extra 0 DAY (found when judging the check half, see timeframe-evaluation.md), so it is unread.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Pre-treatment on Day 1 of Cycles 1 and 4 (Cycles = 21 or 28 days).                 | Pre-treatment on Day 1 of Cycles 1 and 4 (Cycles = 21 or 28 days
            Pre-dose on day 1 of cycles 1, 8, and 15                                            | Pre-dose on day 1 of cycles 1, 8, and 15
            Days 1 and 8 of Cycle 2                                                             | Days 1 and 8 of Cycle 2
            Day 1 of cycles 1-100 (21-day cycles)                                               | Day 1 of cycles 1-100
            Pre-treatment on Day 1 of Cycles 1, 2 and 4 (Cycle = 28 days).                      | Pre-treatment on Day 1 of Cycles 1, 2 and 4
            """)
    void leavesDaysOfALaterCycleOfUnknownLengthAndTheirPreTreatmentUnread(String timeFrame, String unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(s.timePoints()).isEmpty();
        assertThat(s.unreadParts()).containsExactly(unread);
    }

    /**
     * Neighbours that are not lists of cycle days: numbers after the cycle that carry a unit are times
     * of their own; "Cycle 2 Day1, Cycle 4 Day1" is a list of cycle days, not Day 1 of Cycle 4.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Day 1 of Cycle 1, 3 and 6 months                              | 1 DAY; 3 MONTH; 6 MONTH                            | false
            Day 1, Cycle 1, 2 hours after capecitabine dose (Cycle = 21 days). | 1 DAY; 2 HOUR @capecitabine dose                 | false
            Cycle 1 Day 1, Cycle 2 Day1 (each cycle is 21 days)          | 1 DAY; 22 DAY                                      | false
            Cycle 2 Day1, Cycle 4 Day1                                    | ''                                                 | true
            """)
    void readsNeighbouringShapesAsBefore(String timeFrame, String points, boolean unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts().isEmpty()).isEqualTo(!unread);
    }
}
