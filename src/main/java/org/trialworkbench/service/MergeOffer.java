package org.trialworkbench.service;

/**
 * A suggestion, never acted on without the reviewer: a trial with no registry id (a {@code local-}
 * id) and another stored trial with the same official title may be one trial.
 *
 * @param localTrialId  the trial without a registry id
 * @param otherTrialId  the trial with the same official title (a registry id, or another local one)
 * @param officialTitle the shared official title, as stored for the local trial
 */
public record MergeOffer(String localTrialId, String otherTrialId, String officialTitle) {

    /** True when the offer concerns this trial (as either side). */
    public boolean involves(String trialId) {
        return localTrialId.equals(trialId) || otherTrialId.equals(trialId);
    }

    /** True when neither trial has a registry id (two local records of one title). */
    public boolean bothLocal() {
        return org.trialworkbench.importer.LocalIds.isLocal(otherTrialId);
    }

    /** The other side of the offer, seen from one of its two trials. */
    public String counterpartOf(String trialId) {
        return localTrialId.equals(trialId) ? otherTrialId : localTrialId;
    }
}
