package org.trialworkbench.model.comparison;

import java.util.List;

/** A trial's outcome rows (primary, secondary, other) and the end of its own time axis, in days. */
public record TrialSchedule(String trialId, String briefTitle, double axisEndDays, List<OutcomeScheduleRow> rows) {
    public TrialSchedule {
        rows = List.copyOf(rows);
    }
}
