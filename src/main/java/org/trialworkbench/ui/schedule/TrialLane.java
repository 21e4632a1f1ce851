package org.trialworkbench.ui.schedule;

import java.util.List;

/**
 * One compared trial's visit grid: header (id, title), the end of the axis in use (days), its ticks
 * and the rows that pass the filter. {@code totalRows} counts the trial's outcomes before filtering;
 * {@code emptyNote} says why no row is shown (empty when there are rows).
 */
public record TrialLane(String trialId, String title, double axisEndDays, List<AxisTick> ticks,
                        List<ScheduleRowItem> rows, int totalRows, String emptyNote) {
    public TrialLane {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }
}
