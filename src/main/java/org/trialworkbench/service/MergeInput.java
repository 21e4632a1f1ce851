package org.trialworkbench.service;

import org.trialworkbench.analysis.merge.SourcedTrial;

/**
 * One input of a merge: a source already in the store (re-read from its raw bytes) or a pending
 * record of this import.
 */
record MergeInput(SourcedTrial sourced, PendingRecord pending) {

    boolean isNew() {
        return pending != null;
    }

    String format() {
        return sourced.source().format();
    }

    String trialId() {
        return sourced.trial().id();
    }

    String lastUpdate() {
        return sourced.trial().lastUpdate();
    }

    /** Two readings of the same record from the same kind of source, e.g. two downloads of one NCT XML. */
    boolean sameRecordAs(MergeInput other) {
        return format().equals(other.format()) && trialId().equals(other.trialId());
    }
}
