package org.trialworkbench.ui.cohorts;

import java.util.List;

/** One trial's escalation steps on one axis: doses per administration, or cumulative doses. */
public record DoseSeries(String trialId, boolean cumulative, List<DosePoint> points) {
    public DoseSeries {
        points = List.copyOf(points);
    }

    /** The legend name: "NCT… per administration" / "NCT… cumulative". */
    public String name() {
        return trialId + (cumulative ? " cumulative" : " per administration");
    }
}
