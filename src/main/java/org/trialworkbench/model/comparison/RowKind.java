package org.trialworkbench.model.comparison;

/** What an eligibility row lines up. */
public enum RowKind {
    /** Age, sex, healthy volunteers: stated as fields by most registries. */
    DEMOGRAPHIC,
    /** One canonical parameter with a numeric threshold (inclusion and exclusion kept apart). */
    THRESHOLD,
    /** Criteria that carry no threshold, one row per criterion, grouped by trial. */
    TEXT
}
