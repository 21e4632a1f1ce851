package org.trialworkbench.model.comparison;

import java.util.List;
import org.trialworkbench.model.Trial;

/** 2 to 6 trials side by side: the trials in column order and their aligned panels. */
public record Comparison(List<Trial> trials, EligibilityComparison eligibility, ScheduleComparison schedules) {
    public Comparison {
        trials = List.copyOf(trials);
    }
}
