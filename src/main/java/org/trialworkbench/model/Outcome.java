package org.trialworkbench.model;

/** An outcome measure; key P1.. / S1.. / O1.. in source order; schedule null when not read. */
public record Outcome(String key, OutcomeKind kind, String measure, String description, String timeFrame,
                      Schedule schedule) {
    public Outcome {
        Values.require(key, "key");
        Values.require(kind, "kind");
        Values.require(measure, "measure");
    }

    public Outcome withSchedule(Schedule newSchedule) {
        return new Outcome(key, kind, measure, description, timeFrame, newSchedule);
    }
}
