package org.trialworkbench.model;

/**
 * ISO 8601 partial dates as stated: YYYY, YYYY-MM or YYYY-MM-DD; null when not stated. Each date's
 * type says whether the registry gives it as reached or as expected; null when the source does not say
 * (a planned completion must not read as a past one).
 */
public record TrialDates(String start, String primaryCompletion, String completion,
                         DateType startType, DateType primaryCompletionType, DateType completionType) {
    public static final TrialDates EMPTY = new TrialDates(null, null, null);

    /** Dates whose source does not say whether they are actual or expected. */
    public TrialDates(String start, String primaryCompletion, String completion) {
        this(start, primaryCompletion, completion, null, null, null);
    }
}
