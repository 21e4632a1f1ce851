package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;

class TimeFrameReaderTest {

    private final TimeFrameReader reader = new TimeFrameReader();

    @Test
    void readsMonthlyOfSeedNct00962923AsRecurrenceEveryMonth() throws IOException {
        String seed = Files.readString(Path.of("src/test/resources/seeds/000_ba20f4bf161fb405.txt"), StandardCharsets.UTF_8);
        String timeFrame = between(seed, "[ Time Frame: ", " ]");
        assertThat(timeFrame).isEqualTo("monthly");
        Schedule s = reader.read(timeFrame);
        assertThat(s.recurrence().every()).isEqualTo(new Offset(1, TimeUnit.MONTH, "monthly"));
        assertThat(s.recurrence().until()).isNull();
        assertThat(s.timePoints()).isEmpty();
        assertThat(s.unreadParts()).isEmpty();
    }

    @Test
    void readsEveryThreeMonthOfSeedSecondaryOutcomesAsRecurrence() throws IOException {
        String seed = Files.readString(Path.of("src/test/resources/seeds/001_9fb71e6dd1eeb2dc.txt"), StandardCharsets.UTF_8);
        assertThat(seed.split("every three month", -1)).hasSize(4); // S1-S3 each state it
        Schedule s = reader.read("every three month");
        assertThat(s.recurrence().every()).isEqualTo(new Offset(3, TimeUnit.MONTH, "every three month"));
        assertThat(s.unreadParts()).isEmpty();
    }

    @Test
    void readsTwelveMonthsAfterTransplantationOfJrctSeedAsTimePoint() throws IOException {
        String seed = Files.readString(Path.of("src/test/resources/seeds/003_4f16fd12adea18a5.txt"), StandardCharsets.UTF_8);
        assertThat(seed).contains("at 12 months after transplantation");
        Schedule s = reader.read("12 months after transplantation");
        assertThat(s.timePoints()).containsExactly(new Offset(12, TimeUnit.MONTH, "12 months after transplantation"));
        assertThat(s.recurrence()).isNull();
        assertThat(s.unreadParts()).isEmpty();
    }

    @Test
    void readsTheTimeInsideTheJrctPrimaryOutcomeSentenceAndTakesTheRestAsTheMeasureName() {
        Schedule s = reader.read("The mean change in modified Rodnan skin score at 12 months after transplantation");
        assertThat(s.timePoints()).extracting(Offset::value, Offset::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(12.0, TimeUnit.MONTH));
        assertThat(s.unreadParts()).isEmpty(); // a change clause: the unknown words name the measure
        assertThat(reader.read("The mean modified Rodnan skin score at 12 months after transplantation").unreadParts())
                .containsExactly("modified Rodnan skin");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            monthly                                                    |                                   | 1 MONTH
            every three month                                          |                                   | 3 MONTH
            at 12 months                                               | 12 MONTH                          |
            Baseline, Week 4, 12 and 24                                | 0 DAY; 4 WEEK; 12 WEEK; 24 WEEK   |
            Day 1 through Day 28                                       | 1 DAY; 28 DAY                     |
            up to 5 years                                              | 5 YEAR                            |
            from randomization until death, assessed up to 36 months   | 36 MONTH                          |
            change from baseline at 6 months                           | 0 DAY; 6 MONTH                    |
            every 3 weeks during treatment                             |                                   | 3 WEEK
            at 2, 4, 6 and 12 months                                   | 2 MONTH; 4 MONTH; 6 MONTH; 12 MONTH |
            1 year                                                     | 1 YEAR                            |
            24 hours post-dose                                         | 24 HOUR                           |
            Day 1-21 of each 28-day cycle                              | 1 DAY; 21 DAY                     | 28 DAY
            twenty-four weeks                                          | 24 WEEK                           |
            every 2 wks                                                |                                   | 2 WEEK
            3 mos, 2 yrs                                               | 3 MONTH; 2 YEAR                   |
            48 hrs or 30 min                                           | 30 MINUTE; 48 HOUR                |
            2 hr and 6 h and 10 d                                      | 2 HOUR; 6 HOUR; 10 DAY            |
            Day 1 to Day 28                                            | 1 DAY; 28 DAY                     |
            weeks 0-12                                                 | 0 WEEK; 12 WEEK                   |
            Week 12 or Week 24                                         | 12 WEEK; 24 WEEK                  |
            pre-dose                                                   | 0 HOUR                            |
            Up to approximately 24 months                              | 24 MONTH                          |
            Through study completion, an average of 1 year             | 1 YEAR                            |
            Baseline and 12 weeks                                      | 0 DAY; 12 WEEK                    |
            Months 3, 6, 9, 12                                         | 3 MONTH; 6 MONTH; 9 MONTH; 12 MONTH |
            Cycle 1 Day 1                                              | 1 DAY                             |
            Cycle 2 Day 1 (each cycle is 21 days)                      | 22 DAY                            |
            Every 3 months up to 2 years                               |                                   | 3 MONTH until 2 YEAR
            5 years prior to inclusion                                 | -5 YEAR                           |
            Up to 4 cycles (each cycle is 28 days)                     | 112 DAY                           |
            1year                                                      | 1 YEAR                            |
            3-5 Days                                                   | 3 DAY; 5 DAY                      |
            Day 0- 6 months.                                           | 0 DAY; 6 MONTH                    |
            week -1 (baseline) until week 11                           | -1 WEEK; 11 WEEK                   |
            Baseline and Week 12, ±3 days and Week 24, ±3 days         | 0 DAY; 12 WEEK; 24 WEEK           |
            on 3rd month, 6th month, 9th month, and 12th month after vaccination | 3 MONTH; 6 MONTH; 9 MONTH; 12 MONTH |
            weekly for 12 weeks                                        |                                   | 1 WEEK until 12 WEEK
            12 weeks from start of treatment                           | 12 WEEK                           |
            2 weeks prior to treatment                                 | -2 WEEK                           |
            """)
    void readsPhraseCompletely(String timeFrame, String points, String recurrence) {
        Schedule s = reader.read(timeFrame);
        assertThat(s.unreadParts()).as("unread").isEmpty();
        assertThat(ScheduleText.points(s)).isEqualTo(ScheduleText.nullToEmpty(points));
        assertThat(ScheduleText.recurrence(s)).isEqualTo(ScheduleText.nullToEmpty(recurrence));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NA", "N/A", "Not applicable", "not applicable.", "None"})
    void readsNotApplicableAsEmptyScheduleWithNothingUnread(String timeFrame) {
        assertThat(reader.read(timeFrame)).isEqualTo(new Schedule(java.util.List.of(), null, java.util.List.of()));
    }

    @Test
    void returnsNullForMissingOrBlankTimeFrame() {
        assertThat(reader.read(null)).isNull();
        assertThat(reader.read("  \n ")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            end of treatment                                  | end of treatment
            Cycle 2 Day 1                                     | Cycle 2 Day 1
            every 1 to 3 months                               | every 1 to 3 months
            March 2020- June 2021                             | March 2020- June 2021
            3 months post                                     | 3 months post
            1 month-, 3 months- and 12 months postdelivery    | 1 month-, 3 months- and 12 months postdelivery
            """)
    void leavesWhatCannotBePlacedAsVerbatimUnreadText(String timeFrame, String unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(s.timePoints()).isEmpty();
        assertThat(s.recurrence()).isNull();
        assertThat(s.unreadParts()).containsExactly(unread);
    }

    /** "1. day", "12. month": ordinals written with a dot; a dot after a unit still ends a sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postoperative 1. day, 1. month and 12. month      | 1 DAY; 1 MONTH; 12 MONTH   | false
            3. week                                           | 3 WEEK                     | false
            Week 12. Month 3                                  | 12 WEEK; 3 MONTH           | false
            1. dose                                           | ''                         | true
            """)
    void readsOrdinalsWrittenWithADot(String timeFrame, String points, boolean unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts().isEmpty()).isEqualTo(!unread);
    }

    @Test
    void aPreDoseAfterALaterStudyDayIsNotTheBaselineOne() {
        Schedule s = reader.read("Day 15, Cycle 1 pre treatment and 1-3 hours after the dose");
        assertThat(s.timePoints()).extracting(Offset::value).doesNotContain(0.0);
        assertThat(s.unreadParts()).isNotEmpty();
        assertThat(ScheduleText.points(reader.read("Pre-treatment, Day 15 and Day 28"))).isEqualTo("0 DAY; 15 DAY; 28 DAY");
    }

    /** A time after an event other than baseline is read with that event, as written, as its anchor. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            30 days after the last dose                       | 30 DAY @last dose
            Day 7 after Dose 2                                | 7 DAY @Dose 2
            Up to 3 years after end of treatment              | 3 YEAR @end of treatment
            2 weeks after treatment                           | 2 WEEK @treatment
            up to 90 days post-discharge                      | 90 DAY @discharge
            7 days before discharge                           | -7 DAY @discharge
            3 months postpartum                               | 3 MONTH @postpartum
            Pregnancy week 23                                 | 23 WEEK @Pregnancy
            Baseline, Week 4 and 30 days after last dose      | 0 DAY; 4 WEEK; 30 DAY @last dose
            Day 14 and 28 after Dose 2, 6 months after Dose 3 | 14 DAY @Dose 2; 28 DAY @Dose 2; 6 MONTH @Dose 3
            2-week post-intervention survey                   | 2 WEEK @intervention
            30 days and 6 months post final vaccine administration | 30 DAY @final vaccine administration; 6 MONTH @final vaccine administration
            From 28 days to 12 months after the second vaccination | 28 DAY @second vaccination; 12 MONTH @second vaccination
            7 and 3 days before discharge                     | -7 DAY @discharge; -3 DAY @discharge
            12 months after transplantation                   | 12 MONTH
            """)
    void readsATimeAfterAnotherEventWithThatEventAsItsAnchor(String timeFrame, String points) {
        Schedule s = reader.read(timeFrame);
        assertThat(s.unreadParts()).isEmpty();
        assertThat(ScheduleText.points(s)).isEqualTo(points);
    }

    @Test
    void neverEndsARecurrenceFromBaselineAtATimeAfterAnotherEvent() {
        Schedule s = reader.read("every 3 months and 30 days after the last dose");
        assertThat(s.recurrence().until()).isNull();
        assertThat(ScheduleText.points(s)).isEqualTo("30 DAY @last dose");
    }

    @Test
    void keepsAnEventThatIsTooLongToBeANameUnread() {
        Schedule s = reader.read("30 days after the last patient in the last cohort has completed all planned study visits");
        assertThat(s.timePoints()).isEmpty();
        assertThat(s.unreadParts()).isNotEmpty();
    }

    @Test
    void keepsTwoRecurrencesUnreadBecauseTheScheduleHoldsOne() {
        Schedule s = reader.read("every 8 weeks for the first year and every 12 weeks thereafter");
        assertThat(s.recurrence()).isNull();
        assertThat(s.unreadParts()).isNotEmpty();
    }

    /** Hours under a study-day header count from that day's dose: anchored to it, never from baseline. */
    @Test
    void readsHoursUnderAStudyDayHeaderAfterThatDaysDose() {
        Schedule s = reader.read("Cycle 1, Days 8 and 15: predose and 0.5, 1 hours postdose");
        assertThat(ScheduleText.points(s)).isEqualTo("8 DAY; 15 DAY; 0 HOUR @Cycle 1 Day 8 dose; 0.5 HOUR @Cycle 1 Day 8 dose; "
                + "1 HOUR @Cycle 1 Day 8 dose; 0 HOUR @Cycle 1 Day 15 dose; 0.5 HOUR @Cycle 1 Day 15 dose; 1 HOUR @Cycle 1 Day 15 dose");
        assertThat(s.unreadParts()).isEmpty();
        assertThat(ScheduleText.points(reader.read("Day 1 predose, 60 minutes and 4 hours postdose")))
                .isEqualTo("1 DAY; 0 HOUR @Day 1 dose; 60 MINUTE @Day 1 dose; 4 HOUR @Day 1 dose");
    }

    @Test
    void doesNotPlaceHoursNextToAStudyDayWithoutAHeader() {
        Schedule s = reader.read("Day 1, 2 hours postdose");
        assertThat(ScheduleText.points(s)).isEqualTo("1 DAY");
        assertThat(s.unreadParts()).containsExactly("2 hours postdose");
    }

    @Test
    void dropsTimesUnderAnUnreadHeader() {
        Schedule s = reader.read("Post-delivery: 1 month-, 3months-, 6 months- and 12 months");
        assertThat(s.timePoints()).isEmpty();
        assertThat(s.unreadParts()).isNotEmpty();
    }

    @Test
    void keepsThePhraseOfEachPointAsItsLabel() {
        Schedule s = reader.read("Baseline, Week 4, 12 and 24");
        assertThat(s.timePoints()).extracting(Offset::label).containsExactly("Baseline", "Week 4", "Week 12", "Week 24");
        assertThat(reader.read("Up to approximately 24 months").timePoints().get(0).label())
                .isEqualTo("Up to approximately 24 months");
        assertThat(reader.read("Every 3 months up to 2 years").recurrence().until().label()).isEqualTo("up to 2 years");
        assertThat(reader.read("Through study completion, an average of 1 year").timePoints().get(0).label())
                .isEqualTo("an average of 1 year");
    }

    @Test
    void ordersPointsAscendingOnTheDayAxisAndDropsDuplicates() {
        Schedule s = reader.read("Treatment period: 2 years (24 months), 90 days");
        assertThat(ScheduleText.points(s)).isEqualTo("90 DAY; 2 YEAR");
    }

    /** A "-" glued to a number is a minus sign unless it follows a number or unit (a range). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Day -28 to -1                                     | -28 DAY; -1 DAY
            Days -7 to -1                                     | -7 DAY; -1 DAY
            -7 days                                           | -7 DAY
            from -7 days to 28 days                           | -7 DAY; 28 DAY
            between -2 and 2 hours                            | -2 HOUR; 2 HOUR
            3-5 days                                          | 3 DAY; 5 DAY
            Day 1-7                                           | 1 DAY; 7 DAY
            6 months -12 months                               | 6 MONTH; 12 MONTH
            """)
    void readsAMinusSignGluedToANumberAsBeforeBaseline(String timeFrame, String points) {
        Schedule s = reader.read(timeFrame);
        assertThat(s.unreadParts()).isEmpty();
        assertThat(ScheduleText.points(s)).isEqualTo(points);
    }

    /** "a 3 year and 9 months period" is one length of 45 months, not two times. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Adverse events were collected during a 3 year and 9 months period.", "2 years 6 months",
            "1 day, 12 hours"})
    void leavesALengthWrittenInTwoUnitsUnread(String timeFrame) {
        Schedule s = reader.read(timeFrame);
        assertThat(s.timePoints()).isEmpty();
        assertThat(s.unreadParts()).isNotEmpty();
        assertThat(ScheduleText.points(reader.read("6 months and 1 year"))).isEqualTo("6 MONTH; 1 YEAR");
    }

    @Test
    void aTimeAfterTheFirstPatientOfTheTrialIsNotFromBaseline() {
        assertThat(ScheduleText.points(reader.read("5.5 years after first patient in"))).isEqualTo("5.5 YEAR @first patient in");
        assertThat(ScheduleText.points(reader.read("Up to 90 days following participant randomization"))).isEqualTo("90 DAY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            C1D1                                              | 1 DAY             | false
            C1D1, C1D8 and C1D15                              | 1 DAY; 8 DAY; 15 DAY | false
            C1D1 and C2D1 (21-day cycles)                     | 1 DAY; 22 DAY     | false
            C2D1                                              | ''                | true
            Cycle 2, Day 1: predose                           | ''                | true
            c3d1 predose (28-day cycle)                       | 57 DAY; 0 HOUR @c3d1 dose | false
            """)
    void readsCycleDayAcronymsLikeCycleDays(String timeFrame, String points, boolean unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts().isEmpty()).isEqualTo(!unread);
    }

    /** A drug or condition inside the event of a window is not placed, so its name is not reported unread. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            From randomization till the date of progression on osimertinib or death, on average 2 years. | 2 YEAR
            From the first administration of alectinib to the date of first documentation of disease progression, or death due to any cause, whichever occurs first (up to 2 years) | 2 YEAR
            EFS was defined as time from first dose date to disease progression, death, or discontinuation of treatment, up to approximately 10 years. | 10 YEAR
            Until patient discharge from the hospital (approximately four months). | 4 MONTH
            """)
    void skipsNamesInsideTheEventsOfAWindow(String timeFrame, String points) {
        Schedule s = reader.read(timeFrame);
        assertThat(s.unreadParts()).isEmpty();
        assertThat(ScheduleText.points(s)).isEqualTo(points);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"From onset of the surgery up to end of the surgery, every 30 minutes",
            "Event data collected from time of signing informed consent at screen, until discharge from study (14 days after completion).",
            "From randomization till the date of end of protocol treatment", "From May to July, up to 3 months",
            "From the first dose of zimab until 30 days after the last dose of zimab, when zorbex is given"})
    void keepsAnEventWindowUnreadWhenItsEventsCarryTimingOrEndARecurrence(String timeFrame) {
        assertThat(reader.read(timeFrame).unreadParts()).isNotEmpty();
    }

    /** "Postpartum, 1 month after delivery": a header event repeated by the times is read; a bare time under it is not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Postpartum, 1 month after delivery                | 1 MONTH @delivery | false
            Post-intervention, 1 week after completion of the workshop | 1 WEEK @completion of the workshop | false
            Post-intervention, 1 week                         | ''                | true
            Postpartum, 3 months                              | ''                | true
            Postoperative, day 1                              | 1 DAY             | false
            During pregnancy, week 23                         | 23 WEEK @pregnancy | false
            Pregnancy: week 12 and 30 days after delivery     | 12 WEEK @Pregnancy; 30 DAY @delivery | false
            """)
    void readsAnEventHeaderOnlyWhenTheTimesUnderItNameTheirEvent(String timeFrame, String points, boolean unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts().isEmpty()).isEqualTo(!unread);
    }

    /** A visit name followed by its time from baseline in parentheses: the name is the time's label. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At Baseline and at stress challenge (4 weeks from baseline). | 0 DAY; 4 WEEK   | false
            baseline, posttest (around 12 weeks after baseline) | 0 DAY; 12 WEEK         | false
            Throughout the study conduct (up to Week 52)      | 52 WEEK                   | false
            Screening (Day -28 to -1)                         | -28 DAY; -1 DAY           | false
            Pre-baseline (Month -6) to Baseline               | -6 MONTH; 0 DAY           | false
            Pre-baseline (Months -6 and -3), baseline, Months 3, 6, 9 and 12 | -6 MONTH; -3 MONTH; 0 DAY; 3 MONTH; 6 MONTH; 9 MONTH; 12 MONTH | false
            Screening (Day 1)                                 | ''                        | true
            Pre-baseline (Month 6)                            | ''                        | true
            Postpartum (3 months)                             | ''                        | true
            after stress challenge (4 weeks)                  | ''                        | true
            Treatment conduct period (12 weeks)               | ''                        | true
            11 months (From 28 days to 12 months after the second vaccination) | 12 MONTH @second vaccination | true
            """)
    void readsAVisitNamedWithItsTimeInParentheses(String timeFrame, String points, boolean unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts().isEmpty()).isEqualTo(!unread);
    }

    /** In a change clause the unknown words name the measure; words that could say when never do. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Change in EORTC QLQ BR-23 total score Pre-intervention at 6 weeks Post-intervention | 0 DAY; 6 WEEK @intervention | false
            Change from baseline ADAS-cog score at Week 48    | 0 DAY; 48 WEEK            | false
            NT-proBNP best response from baseline through 12 months of treatment | 0 DAY; 12 MONTH | false
            Change from baseline of IL-6, TOM1, sCR1 at Week 48 | 0 DAY; 48 WEEK           | false
            Change Before and After tDCS Stimulation at immediately post-treatment, 1-month and 3-month post treatment | 1 MONTH @treatment; 3 MONTH @treatment | true
            Change from Baseline of lead-in study to Week 24 and Week 56 | 24 WEEK; 56 WEEK | true
            From baseline until Month 9 of the Double-blind Phase | 0 DAY; 9 MONTH         | true
            Change in zorbex score between Visit 2 and Visit 5 | ''                       | true
            Change from baseline to V3                        | 0 DAY                     | true
            Change in IL-1R1 and SF-36v2 at Week 4            | 4 WEEK                    | false
            """)
    void readsUnknownWordsOfAChangeClauseAsTheMeasureName(String timeFrame, String points, boolean unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts().isEmpty()).isEqualTo(!unread);
    }

    /** The first cycle starts at baseline: its stated length ends the window "during cycle 1"; a later cycle's does not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cycle 1 (21 Days)                                 | 21 DAY            | false
            During the first cycle (6 weeks)                  | 6 WEEK            | false
            Baseline and end of cycle 1 (6 weeks)             | 0 DAY; 42 DAY     | false
            Cycle 1 (Day 1-28)                                | 1 DAY; 28 DAY     | false
            Cycle 1 (21 days) and Cycle 2 Day 1               | 21 DAY; 22 DAY    | false
            Cycle 2 (21 days)                                 | ''                | true
            Cycle 1 (21 days), Cycle 3 Day 1 (each cycle is 28 days) | ''         | true
            """)
    void readsTheFirstCycleWithItsLengthInParentheses(String timeFrame, String points, boolean unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts().isEmpty()).isEqualTo(!unread);
    }

    /** "2 hours pre-dose" is before the dose (it was read as 0 HOUR and 2 HOUR); "Day 1 pre-dose" is Day 1's pre-dose. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 hours pre-dose                                  | -2 HOUR           | false
            1 week pre-surgery                                | -1 WEEK           | false
            2 and 1 hours pre-dose                            | -2 HOUR; -1 HOUR  | false
            Change from 12-month pre- implantation of VNS device to 18-month post-implantation of VNS device | -12 MONTH @implantation of VNS device; 18 MONTH @implantation of VNS device | false
            Day 1 pre-dose                                    | 1 DAY; 0 HOUR @Day 1 dose | false
            pre-dose and 2 hours post-dose                    | 0 HOUR; 2 HOUR    | false
            -2 hours pre-dose                                 | ''                | true
            Day 15, Cycle 1 pre treatment                     | ''                | true
            """)
    void readsATimeBeforeAPreEventAsNegative(String timeFrame, String points, boolean unread) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(s.unreadParts().isEmpty()).isEqualTo(!unread);
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open) + open.length();
        return text.substring(start, text.indexOf(close, start));
    }
}
