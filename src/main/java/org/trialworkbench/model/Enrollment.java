package org.trialworkbench.model;

/** Planned or actual number of participants; type null when the source does not say. */
public record Enrollment(int count, EnrollmentType type) {
    public Enrollment {
        if (count < 0) {
            throw new IllegalArgumentException("enrollment count must not be negative: " + count);
        }
    }
}
