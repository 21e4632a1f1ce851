package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Schedule;

/**
 * Fourth round: narrative time frames in the passive ("Testing will be performed from ...", "Repeat
 * visits were performed 8-12 weeks ..."). The words before an auxiliary and an assessment verb
 * ({@code assessment-verbs.txt}) name what is done, like the measure of a change clause, and carry no
 * timing. The first rows are real wordings of the tuning half (NCT05999214, NCT05380934); the
 * others are written variants (plural, other auxiliaries, unknown participles).
 */
class PassiveSubjectTest {

    private final TimeFrameReader reader = new TimeFrameReader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Repeat visits were performed 8-12 weeks and 12 weeks after the baseline assessment | 8 WEEK; 12 WEEK | ''
            Multiple Administration Dose: Blood samples were collected from 60 minutes before administration on Day 1 to 216 hours after administration on Day 9. | -60 MINUTE @administration on Day 1; 216 HOUR @administration on Day 9 | ''
            Tumour biopsies will be taken at Week 4 and Week 12          | 4 WEEK; 12 WEEK       | ''
            A tumour biopsy is taken at Week 4                           | 4 WEEK                | ''
            Skin biopsies can be obtained at baseline and Day 28         | 0 DAY; 28 DAY         | ''
            Spirometry was done at 6 and 12 months                       | 6 MONTH; 12 MONTH     | ''
            Vital signs are measured every 3 months up to 2 years        | ''                    | 3 MONTH until 2 YEAR
            """)
    void takesTheSubjectOfAPassiveAssessmentVerbAsAName(String timeFrame, String points, String recurrence) {
        Schedule s = reader.read(timeFrame);
        assertThat(ScheduleText.points(s)).isEqualTo(points);
        assertThat(ScheduleText.recurrence(s)).isEqualTo(recurrence);
        assertThat(s.unreadParts()).isEmpty();
    }

    /**
     * What must stay unread. A reporting deadline is not an assessment time ("required to report ...
     * within 10 days", real wording of NCT04690413: "required" is not an assessment verb). A subject
     * that may say when (a relation such as "after", a timing word such as "interim" or "screening", a
     * calendar year) is not a name. A verb of dosing ("given") is not an assessment verb.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sites were required to report adverse events to the Sponsor within 10 days.           | Sites were required to report adverse events to the Sponsor within 10 days
            Interim analysis will be performed at 24 weeks                                        | Interim
            Samples from relapsed patients after transplant will be collected at 6 months          | relapsed
            Biopsies were taken at screening                                                      | screening
            Patients enrolled in 2019 will be assessed at 12 months                               | 2019
            Patients will be given the study drug for 12 weeks                                    | given
            """)
    void leavesSubjectsThatMaySayWhenAndOtherVerbsUnread(String timeFrame, String unread) {
        assertThat(reader.read(timeFrame).unreadParts()).containsExactly(unread);
    }
}
