package org.trialworkbench.store;

import java.util.Objects;

/**
 * Two trials a reviewer has kept apart: an import never merges them again. The pair is
 * unordered; {@link #of} puts the smaller id first so equal pairs are equal records.
 */
public record MergeBlock(String trialIdA, String trialIdB) {
    public MergeBlock {
        Objects.requireNonNull(trialIdA, "trialIdA");
        Objects.requireNonNull(trialIdB, "trialIdB");
        if (trialIdA.compareTo(trialIdB) >= 0) {
            throw new IllegalArgumentException("a merge block needs two different ids, smaller first: "
                    + trialIdA + ", " + trialIdB);
        }
    }

    /** The block between two different trial ids, in either order. */
    public static MergeBlock of(String oneId, String otherId) {
        return oneId.compareTo(otherId) < 0 ? new MergeBlock(oneId, otherId) : new MergeBlock(otherId, oneId);
    }

    /** True when this block is between {@code id} and some other trial. */
    public boolean involves(String id) {
        return trialIdA.equals(id) || trialIdB.equals(id);
    }

    /** The other trial of the pair, for one of its two ids. */
    public String otherThan(String id) {
        return trialIdA.equals(id) ? trialIdB : trialIdA;
    }
}
