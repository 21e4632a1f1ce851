package org.trialworkbench.model;

/** An assessment repeated every {@code every}, up to {@code until} (null: no end stated). */
public record Recurrence(Offset every, Offset until) {
    public Recurrence {
        Values.require(every, "every");
    }
}
