package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The times a measure's words give, for outcomes with no time frame; refused wherever they may mislead. */
class MeasureTimePhraseTest {

    private final MeasureTimePhrase phrases = new MeasureTimePhrase();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Serum Creatinine at Month 18 | at Month 18 | at Month 18",
        "Pain score at Months 6, 12 and 18. | at Months 6, 12 and 18 | at Months 6, 12 and 18",
        "Proportion of responders at Week 4, Week 8, and Week 12 | at Week 4, Week 8, and Week 12 | at Week 4, Week 8, and Week 12",
        "Hemoglobin A1c at baseline, Week 12 and Week 24 | at baseline, Week 12 and Week 24 | at baseline, Week 12 and Week 24",
        "Relapse rate at 6 and 12 months | at 6 and 12 months | at 6 and 12 months",
        "Walking distance at the visit at Year 2 Compared With Placebo | at Year 2 | at Year 2",
        "Viral load at 24 weeks (central laboratory) | at 24 weeks | at 24 weeks",
        "Score at Day 28; assessed by the investigator | at Day 28 | at Day 28",
        "Overall survival rate at 3-year | at 3-year | at 3-year",
        // the same time twice is one time
        "Weight at Week 12; height at Week 12 | at Week 12 | at Week 12",
        // words that are not times after "at" are passed over
        "Percentage of participants at risk of falls at Week 26 | at Week 26 | at Week 26",
        "Patients treated at 2 mg/kg with a response at Month 3 | at Month 3 | at Month 3",
        // a change from baseline is measured at baseline too
        "Change From Baseline in the 6-minute walk at Month 9 | From Baseline … at Month 9 | From Baseline at Month 9",
        "Percent change from baseline to Week 24 in LDL-C | from baseline to Week 24 | from baseline to Week 24",
        "Change from Baseline through Weeks 12 and 24 in HbA1c | from Baseline through Weeks 12 and 24 | from Baseline through Weeks 12 and 24",
    })
    void findsTheTimesOfAMeasure(String measure, String words, String reading) {
        assertThat(phrases.find(measure)).contains(new MeasureTimePhrase.Found(words, reading));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // counted from another event, or not a time from baseline at all
        "Graft survival at 12 months after transplantation",
        "Pain at 24 weeks post-surgery",
        "Height at 18 years of age",
        "Symptom score at Week 52 of the extension",
        "Adherence at 4-week intervals",
        "Flare rate at Month 6 before enrolment",
        // a time the measure's words leave incomplete: half a list is a misreading
        "Antibody titre at baseline and on Day 28",
        "Weight at Week 12 and height at Week 12", // "and" after the times may go on with more of them
        "Response at Week 12 - 24",
        "Events at 2/3/5 years",
        // minutes and hours count from an event the measure need not name (birth, the dose)
        "Apgar score below 7 at 5 minutes",
        "Plasma concentration at 2 hours",
        // two different times: which dates the measure is not clear
        "Responders at Week 12 who remain responders at Week 52",
        // a time in a later line belongs to one of several end points (EUCTR2005-002909-23), not to the measure
        "The primary parameters of interest are safety and efficacy.\n• Change in DAS28 from baseline to weeks 24, 48, 96 and 264.",
        // no time after "at"
        "Proportion of patients with at least one relapse",
        "Number of participants at risk",
        "Change from baseline in weight", // a change with no time
        "Change from baseline to the end of treatment",
        "",
    })
    void refusesWhatCouldMislead(String measure) {
        assertThat(phrases.find(measure)).isEmpty();
    }
}
