package org.trialworkbench.ui.cohorts;

import java.util.List;

/**
 * One escalation's steps on one axis: doses per administration, or cumulative doses. A trial that
 * escalates in parallel has one series per escalation ({@code escalation} names it; null for a trial
 * with one), so that no line leads from one escalation into another.
 */
public record DoseSeries(String trialId, String escalation, boolean cumulative, List<DosePoint> points) {
    public DoseSeries {
        points = List.copyOf(points);
    }

    /** The legend name: "NCT… per administration" / "NCT… cohort A cumulative". */
    public String name() {
        return trialId + (escalation == null ? "" : " " + escalation) + (cumulative ? " cumulative" : " per administration");
    }
}
