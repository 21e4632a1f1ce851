package org.trialworkbench.store;

/**
 * A trial with a {@code local-} id (no registry id) and another stored trial with the same
 * official title (ignoring case and runs of whitespace): possibly the same trial.
 */
public record TitleTwin(String localTrialId, String otherTrialId, String officialTitle) {
}
