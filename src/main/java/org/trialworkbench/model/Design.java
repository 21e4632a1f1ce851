package org.trialworkbench.model;

/** Study design; any part may be null (not stated). */
public record Design(Allocation allocation, InterventionModel interventionModel, Masking masking,
                     PrimaryPurpose primaryPurpose) {
    public static final Design EMPTY = new Design(null, null, null, null);
}
