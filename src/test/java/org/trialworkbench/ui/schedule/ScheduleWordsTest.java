package org.trialworkbench.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;

class ScheduleWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            365.25   | 1 year    | 1 y
            730.5    | 2 years   | 2 y
            547.875  | 18 months | 1.5 y
            91.3125  | 3 months  | 3 mo
            28       | 4 weeks   | 4 wk
            10       | 10 days   | 10 d
            500      | 500 days  | 500 d
            0.5      | 0.5 days  | 1 d
            """)
    void daysInTheLargestWholeUnit(double days, String words, String compact) {
        assertThat(ScheduleWords.duration(days)).isEqualTo(words);
        assertThat(ScheduleWords.shortDuration(days)).isEqualTo(compact);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            12 | MONTH | NULL                            | 12 months
            12 | MONTH | 12 months                       | 12 months
            28 | DAY   | Day 28                          | 28 days (“Day 28”)
            12 | MONTH | 12 months after transplantation | 12 months (“12 months after transplantation”)
            1  | WEEK  | '  '                            | 1 week
            """)
    void anOffsetShowsWhatWasReadAndQuotesWhatWasWrittenWhenItDiffers(double value, TimeUnit unit, String label,
                                                                       String expected) {
        assertThat(ScheduleWords.offset(new Offset(value, unit, label))).isEqualTo(expected);
    }

    @Test
    void aScheduleInWordsListsTimePointsThenTheRecurrence() {
        Schedule s = new Schedule(List.of(new Offset(0, TimeUnit.DAY, "Baseline"), new Offset(6, TimeUnit.MONTH, null)),
                new Recurrence(new Offset(3, TimeUnit.MONTH, null), null), List.of("end of treatment"));
        assertThat(ScheduleWords.lines(s, 730.5, true)).containsExactly(
                "Time points: 0 days (“Baseline”), 6 months",
                "Recurrence: every 3 months until 2 years (the trial horizon; no end stated)");
        assertThat(ScheduleWords.lines(s, 365.25, false)).endsWith("Recurrence: every 3 months, no end stated; drawn to "
                + "1 year, the axis' default length (the trial states no later time)");
        assertThat(ScheduleWords.lines(null, 365.25, true)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            28       | day 28 (4 weeks)
            91.3125  | day 91.3 (3 months)
            10       | day 10
            0        | day 0
            """)
    void aMarkerDayNamesItsWholeUnitWhenItHasOne(double day, String expected) {
        assertThat(ScheduleWords.day(day)).isEqualTo(expected);
    }

    @Test
    void aLongMeasureIsShortenedToOneLineAtAWord() {
        String measure = "Change\tfrom baseline in the modified Rodnan skin score\n(mRSS), assessed by two blinded "
                + "examiners at every visit, together with the HAQ-DI and patient global assessment";
        String shortened = ScheduleRowItems.shorten(measure);
        assertThat(shortened).doesNotContain("\n", "\t", "  ").endsWith("…")
                .startsWith("Change from baseline in the modified Rodnan skin score (mRSS)");
        assertThat(shortened.length()).isLessThanOrEqualTo(ScheduleRowItems.SHORT_MEASURE_LENGTH + 1);
        assertThat(measure.replaceAll("\\s+", " ")).startsWith(shortened.substring(0, shortened.length() - 1));
        String unbroken = "x".repeat(200);
        assertThat(ScheduleRowItems.shorten(unbroken)).hasSize(ScheduleRowItems.SHORT_MEASURE_LENGTH + 1);
    }
}
