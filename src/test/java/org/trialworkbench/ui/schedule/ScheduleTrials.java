package org.trialworkbench.ui.schedule;

import java.util.List;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;

/** Hand-made trials whose outcomes carry schedules of every kind the panel must draw or refuse to draw. */
final class ScheduleTrials {
    static final String MONTHLY = "NCT01000011";
    static final String LONG = "NCT01000022";

    private ScheduleTrials() {
    }

    /**
     * Horizon 12 months. Source order puts O1 and S1 before P1 so the kind order is visible.
     * P1 monthly until 12 months; S1 a 12-month time point; S2 baseline read, "end of study" not;
     * O1 a time frame that was not read at all.
     */
    static Trial monthly() {
        return Trial.builder().id(MONTHLY).briefTitle("Monthly visits for a year")
                .addOutcome(new Outcome("O1", OutcomeKind.OTHER, "Exploratory biomarkers", null,
                        "until disease progression", null))
                .addOutcome(new Outcome("S1", OutcomeKind.SECONDARY, "Forced vital capacity", null, "Month 12",
                        new Schedule(List.of(new Offset(12, TimeUnit.MONTH, "Month 12")), null, List.of())))
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Blood pressure\n  change from baseline", null,
                        "Monthly until 12 months", new Schedule(List.of(),
                        new Recurrence(new Offset(1, TimeUnit.MONTH, "Monthly"), new Offset(12, TimeUnit.MONTH, null)),
                        List.of())))
                .addOutcome(new Outcome("S2", OutcomeKind.SECONDARY, "Quality of life (SF-36)", null,
                        "Baseline and end of study", new Schedule(List.of(new Offset(0, TimeUnit.DAY, "Baseline")),
                        null, List.of("end of study"))))
                .build();
    }

    /**
     * Horizon 2 years. P1 at week 1, week 4 and 2 years; S1 every 3 months with no end stated;
     * S2 states no time frame.
     */
    static Trial twoYears() {
        return Trial.builder().id(LONG).briefTitle("Two-year follow-up")
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Overall response", null,
                        "Week 1, week 4 and 2 years", new Schedule(List.of(new Offset(1, TimeUnit.WEEK, "Week 1"),
                        new Offset(4, TimeUnit.WEEK, "Week 4"), new Offset(2, TimeUnit.YEAR, "2 years")), null, List.of())))
                .addOutcome(new Outcome("S1", OutcomeKind.SECONDARY, "Serum albumin", null, "every three months",
                        new Schedule(List.of(), new Recurrence(new Offset(3, TimeUnit.MONTH, "every three months"), null),
                                List.of())))
                .addOutcome(new Outcome("S2", OutcomeKind.SECONDARY, "Adverse events", null, null, null))
                .build();
    }

    /**
     * As a WHO ICTRP record gives it: no time frames; P1's measure names its times, which the readers took
     * ("From Baseline … at Month 9"); S1's does not.
     */
    static Trial measureTimesOnly() {
        return Trial.builder().id("NCT01000033").briefTitle("Registry without time frames")
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Change From Baseline in mNIS+7 at Month 9", null, null,
                        new Schedule(List.of(new Offset(0, TimeUnit.DAY, "Baseline"), new Offset(9, TimeUnit.MONTH, "Month 9")),
                                null, List.of(), "From Baseline … at Month 9")))
                .addOutcome(new Outcome("S1", OutcomeKind.SECONDARY, "Adverse events", null, null, null))
                .build();
    }
}
