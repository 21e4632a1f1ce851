package org.trialworkbench.model.comparison;

import java.util.List;

/** The compared trials' schedules and the end of the axis they share, in days from baseline. */
public record ScheduleComparison(List<TrialSchedule> trials, double sharedAxisEndDays) {
    public ScheduleComparison {
        trials = List.copyOf(trials);
    }
}
