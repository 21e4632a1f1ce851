package org.trialworkbench.model;

/** ISO 8601 partial dates as stated: YYYY, YYYY-MM or YYYY-MM-DD; null when not stated. */
public record TrialDates(String start, String primaryCompletion, String completion) {
    public static final TrialDates EMPTY = new TrialDates(null, null, null);
}
