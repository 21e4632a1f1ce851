package org.trialworkbench.model;

import java.util.List;

/**
 * Who may enrol. {@code criteriaText} is the eligibility text as the source gave it (null when
 * the source has none); {@code criteria} are the atomic items read from it.
 */
public record Eligibility(Age minimumAge, Age maximumAge, Sex sex, Boolean healthyVolunteers,
                          String criteriaText, List<Criterion> criteria) {
    public static final Eligibility EMPTY = new Eligibility(null, null, null, null, null, List.of());

    public Eligibility {
        criteria = Values.copy(criteria);
    }

    public Eligibility withCriteria(List<Criterion> newCriteria) {
        return new Eligibility(minimumAge, maximumAge, sex, healthyVolunteers, criteriaText, newCriteria);
    }
}
