package org.trialworkbench.service;

import java.util.List;
import java.util.Optional;
import org.trialworkbench.model.Trial;

/**
 * Looking after how records were merged into trials: a trial's sources, taking a wrongly merged
 * source out (split), and merging look-alikes the reviewer confirms. Every change runs in one store
 * transaction. Refusals are {@link TrialMaintenanceException}s with a message for the reviewer.
 */
public interface TrialMaintenanceUseCase {

    /** The stored trial by its id or any registry id. */
    Optional<Trial> trial(String trialIdOrRegistryId);

    /**
     * The trial's sources in the trial's order (most structured first), each with the fields it
     * states. Unknown trial: an empty list.
     */
    List<SourceInfo> sources(String trialId);

    /**
     * Takes one source out of a merged trial: the remaining sources are read again from their raw
     * bytes and merged again; the taken-out source becomes a trial of its own. The two are then
     * blocked from being merged again by a later import. Annotations stay with the trial that
     * keeps the old id (with the remaining one when neither does).
     *
     * @throws TrialMaintenanceException when the trial has one source only, the source is not
     *         one of its sources, a source cannot be read again on its own (restored from an
     *         export), or both parts would have the same primary id (the records then name the same
     *         registry id themselves, so they are one trial by the registry's own word)
     */
    SplitResult split(String trialId, String sourceSha256);

    /**
     * Pairs of a {@code local-} trial and another trial with the same official title, except
     * pairs the reviewer has kept apart. Each pair once.
     */
    List<MergeOffer> mergeOffers();

    /** The offers that concern one trial (as either side). */
    default List<MergeOffer> mergeOffersFor(String trialId) {
        return mergeOffers().stream().filter(o -> o.involves(trialId)).toList();
    }

    /**
     * Merges two stored trials on the reviewer's request, in one transaction: all sources are read
     * again and merged, sources and annotations of both end up on the merged trial, and the trial
     * whose id is not kept is deleted. The merged trial takes the registry id over a
     * {@code local-} id (the rule imports use), so merging a local record into NCT… keeps NCT….
     * A block between the two (from an earlier split or "keep apart") is lifted.
     *
     * @return the merged trial as stored
     */
    Trial merge(String keepTrialId, String otherTrialId);

    /** Declines a merge offer: the two trials are not offered, nor merged by an import, again. */
    void keepApart(String trialId, String otherTrialId);
}
