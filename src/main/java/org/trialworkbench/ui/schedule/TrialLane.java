package org.trialworkbench.ui.schedule;

import java.util.List;

/**
 * One compared trial's visit grid: header (id, title), the end of the axis in use (days), its ticks
 * and the rows that pass the filter. {@code totalRows} counts the trial's outcomes before filtering.
 */
public record TrialLane(String trialId, String title, double axisEndDays, List<AxisTick> ticks,
                        List<ScheduleRowItem> rows, int totalRows) {
    public TrialLane {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }
}
