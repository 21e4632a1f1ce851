package org.trialworkbench.service;

import java.util.Collection;
import java.util.Set;
import org.trialworkbench.store.MergeBlock;

/**
 * The pairs of trials a reviewer has kept apart, read once per import batch: an import never puts
 * a record into a group that holds a trial it is blocked from.
 */
final class MergeBlocks {
    private final Set<MergeBlock> blocks;

    MergeBlocks(Set<MergeBlock> blocks) {
        this.blocks = Set.copyOf(blocks);
    }

    /** True when any id of one side is blocked from any id of the other. */
    boolean keepApart(Collection<String> ids, Collection<String> otherIds) {
        if (blocks.isEmpty()) {
            return false;
        }
        for (String id : ids) {
            for (String other : otherIds) {
                if (!id.equals(other) && blocks.contains(MergeBlock.of(id, other))) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean keepApart(String id, String otherId) {
        return keepApart(Set.of(id), Set.of(otherId));
    }
}
