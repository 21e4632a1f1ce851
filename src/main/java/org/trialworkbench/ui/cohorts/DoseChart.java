package org.trialworkbench.ui.cohorts;

import java.util.List;

/**
 * Everything the chart side shows.
 *
 * @param trialIds       the compared trials, in comparison order (they pick the colours)
 * @param groups         one value axis per dose unit
 * @param separationNote "mg/kg and cells/kg cannot share an axis: shown separately", or null with one unit
 * @param chartNotes     lines under the chart, per trial: what could not be plotted (no cohorts, dose not stated …),
 *                       and the escalations of a trial that escalates in parallel
 */
public record DoseChart(List<String> trialIds, List<DoseAxisGroup> groups, String separationNote,
                        List<String> chartNotes) {
    public DoseChart {
        trialIds = List.copyOf(trialIds);
        groups = List.copyOf(groups);
        chartNotes = List.copyOf(chartNotes);
    }

    static final DoseChart EMPTY = new DoseChart(List.of(), List.of(), null, List.of());
}
