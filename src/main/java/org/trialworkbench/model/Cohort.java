package org.trialworkbench.model;

/**
 * One step of a dose-escalation scheme (or a fixed-dose group or regimen step). Key C1.. in
 * escalation order. {@code sourceText} is the passage the cohort was read from. {@code escalation}
 * names, as the source does ("Phase 1: Twice Daily Dosing", "cohort A", "Part 1B: Dose Escalation GI
 * Tumors"), which of a trial's parallel escalations the step belongs to; null when the trial has one.
 * Steps of different escalations do not follow each other, whatever their keys' order.
 */
public record Cohort(String key, int sequence, String label, SubjectRange subjects, Integer size,
                     String intervention, Quantity dose, String doseText, Integer administrations,
                     Offset interval, Quantity cumulativeDose, String gate, String sourceText, String escalation) {
    public Cohort {
        Values.require(key, "key");
        if (sequence < 1) {
            throw new IllegalArgumentException("cohort sequence starts at 1: " + sequence);
        }
    }
}
