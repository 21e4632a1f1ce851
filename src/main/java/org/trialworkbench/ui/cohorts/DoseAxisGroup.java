package org.trialworkbench.ui.cohorts;

import java.util.List;

/**
 * The doses that share one value axis: all in the same unit. Trials whose doses are in different
 * units are never put on one axis (mg/kg and cells/kg cannot be compared by height).
 *
 * @param unit        the unit of every dose in the group ("cells/kg"); {@link DoseChartModel#NO_UNIT} when none
 * @param logScale    whether the axis shows log10 of the doses (y values of the points are then log10)
 * @param scaleReason why the scale was chosen, for the chart's subtitle
 * @param trialIds    the trials plotted on this axis, in comparison order
 */
public record DoseAxisGroup(String unit, boolean logScale, String scaleReason, List<String> trialIds,
                            List<DoseSeries> series) {
    public DoseAxisGroup {
        trialIds = List.copyOf(trialIds);
        series = List.copyOf(series);
    }

    /** The highest cohort sequence plotted. */
    public int maxSequence() {
        return series.stream().flatMap(s -> s.points().stream()).mapToInt(DosePoint::sequence).max().orElse(1);
    }
}
