package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.model.Schedule;

/**
 * Precision sweep: time frames the reader used to report as read completely while their schedule
 * held a time that is not an assessment time. Every row is a real sample wording
 * (/work/shared/registry-samples) except the hostile ones at the end; each first table row failed
 * before the sweep.
 */
class NotAssessmentTimesTest {

    private final TimeFrameReader reader = new TimeFrameReader();

    /**
     * A lower bound or statistic of a length is not a time: unread, with the words that say so ("median
     * follow-up 5 years" is a written variant). Nor is the time of a safety follow-up, which counts
     * from the last dose.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At least 24 weeks                                  |        | At least 24 weeks
            Duration at least 28 days                          |        | at least 28 days
            Baseline and a median of 4 years (maximum 5 years) | 0 DAY  | a median of 4 years (maximum 5 years
            Until the data cut-off date of 05 August 2015; median time on study was 18.3 months. | | cut-off date of 05 August 2015; median time on study was 18.3 months
            Median 2 years (from randomization to 16 March 2012; maximum 2.6 years) | 2.6 YEAR | Median 2 years (from randomization to 16 March 2012
            median follow-up 5 years                           |        | median follow-up 5 years
            From time informed consent is signed to 4-month Safety Follow-Up period |  | 4-month Safety Follow-Up
            Up to 49 months; From randomization to the data cut-off of 17 Mar 2014; maximum exposure to study drug was 1158 days | 49 MONTH | cut-off of 17 Mar 2014; maximum exposure to study drug was 1158 days
            """)
    void leavesQualifiedLengthsUnread(String timeFrame, String points, String unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(ScheduleText.nullToEmpty(points));
        assertThat(s.unreadParts()).containsExactly(unread);
    }

    /**
     * A statistic of the measure ("mean change") does not qualify the time after it; "an average of"
     * and "a maximum of" before a time end a window (conventions in timeframe-evaluation.md).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mean change in modified Rodnan skin score at 12 months after transplantation | 12 MONTH
            Through study completion, an average of 1 year                                  | 1 YEAR
            From randomization till the date of progression on osimertinib or death, on average 2 years. | 2 YEAR
            From the start date of treatment up to stop date of treatment or for a maximum of 3 years      | 3 YEAR
            Time assessed from the date of enrolment until death (max 36 months)                           | 36 MONTH
            the mean of Week 4 and Week 8                                                                  | 4 WEEK; 8 WEEK
            """)
    void keepsTimesNotQualifiedAsLengths(String timeFrame, String points) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts()).isEmpty();
    }

    /**
     * Read rightly now: the window of the baseline visit adds no visit at its far end; "(baseline)"
     * after a time names it (one visit, not one more at day 0); a list of ordinal times before "after
     * Dose 2" is after Dose 2 as a whole; sample collection is not baseline. The last two rows are
     * written variants: a time alone in parentheses after "Baseline" names it, a bound does not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Baseline (within 6 months prior to first dose) up to Week 285   | 0 DAY; 285 WEEK
            Baseline (within 6 months prior to first dose) up to Week 129   | 0 DAY; 129 WEEK
            week -1 (baseline) until week 8                                 | -1 WEEK; 8 WEEK
            on 3rd month, 6th month, 9th month, and 12th month after Dose 2 | 3 MONTH @Dose 2; 6 MONTH @Dose 2; 9 MONTH @Dose 2; 12 MONTH @Dose 2
            Testing will be performed from the time of study enrollment up to one year after sample collection | 1 YEAR @sample collection
            Date of Inclusion (Baseline), after 8 weeks and after 16 weeks  | 0 DAY; 8 WEEK; 16 WEEK
            Baseline (Week 0)                                               | 0 DAY
            on 3rd month, 6th month, 9th month, and 12th month after vaccination | 3 MONTH; 6 MONTH; 9 MONTH; 12 MONTH
            Baseline (Day 1) to Week 12                                     | 1 DAY; 12 WEEK
            at baseline (up to 4 years)                                     | 0 DAY; 4 YEAR
            """)
    void readsTheVisitsOnly(String timeFrame, String points) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts()).isEmpty();
    }

    /**
     * A recurrence counted from an event that is not baseline (a response, progression, the last dose)
     * is not a recurrence from baseline: unread. The first row is a real sample wording that was read
     * completely as "8 WEEK until 24 MONTH"; the others are written variants.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Every 8 weeks from first evaluation as CR or PR to the first evaluation as PD or death of any cause, whichever came first, assessed approximately 24 months. | Every 8 weeks from first evaluation as CR or PR
            every 12 weeks from progression until death, up to 3 years | every 12 weeks from progression
            """)
    void leavesARecurrenceFromAnotherEventUnread(String timeFrame, String unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(s.recurrence()).isNull();
        assertThat(s.unreadParts()).containsExactly(unread);
    }

    /** A recurrence from a baseline event (first dose, surgery, randomization) stays read. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Every 8 weeks from first dose administration to the date of progression determined by the investigator or death due to any cause, whichever came first, assessed approximately 48 months. | 8 WEEK until 48 MONTH
            every 6 months after surgery up to 5 years | 6 MONTH until 5 YEAR
            From randomization the composite clinical events will be collected every 6weeks , assessed up to 36months | 6 WEEK until 36 MONTH
            """)
    void keepsARecurrenceFromBaseline(String timeFrame, String recurrence) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.recurrence(s)).isEqualTo(recurrence);
        assertThat(s.unreadParts()).isEmpty();
    }

    /** Hostile: qualifiers and windows with nothing after them, unclosed parentheses. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"at least", "median", "Baseline (within", "Baseline (within 6 months prior",
            "(baseline)", "Week 4 (baseline", "least least 2", "median of of of", "Day 1 (within)", "every 3 weeks from", "every 3 weeks after CR"})
    void neverThrowsAndNeverReadsAQualifiedLength(String timeFrame) {
        Schedule s = reader.read(timeFrame);
        assertThat(s).isNotNull();
        assertThat(ScheduleText.points(s)).doesNotContain("MONTH").doesNotContain("2 DAY");
    }
}
