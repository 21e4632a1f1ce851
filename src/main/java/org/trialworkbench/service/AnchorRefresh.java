package org.trialworkbench.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.trialworkbench.analysis.corrections.AnchorCheck;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Trial;
import org.trialworkbench.store.H2Store;
import org.trialworkbench.store.StoreTransaction;

/**
 * The import's anchor hook: after a batch is stored, the notes and corrections of the trials it
 * wrote are checked against the new reading, and those whose source text changed (or whose
 * target is gone) are flagged in the store. Nothing is deleted or moved. Only trials that have
 * notes are loaded, so a bulk import of unannotated records costs one query per batch.
 */
final class AnchorRefresh {
    private final H2Store store;

    AnchorRefresh(H2Store store) {
        this.store = store;
    }

    /** Checks the written trials; returns how many notes and corrections were newly flagged or anchored. */
    int afterWrite(Collection<String> writtenTrialIds) {
        List<Trial> changed = new ArrayList<>();
        for (String id : store.trialIdsWithReviewerNotes(writtenTrialIds)) {
            store.load(id).filter(trial -> AnchorCheck.check(trial) != trial).ifPresent(changed::add);
        }
        if (changed.isEmpty()) {
            return 0;
        }
        int[] count = {0};
        store.write(tx -> {
            for (Trial before : changed) {
                count[0] += storeChecked(before, AnchorCheck.check(before), tx);
            }
        });
        return count[0];
    }

    /**
     * Writes, in the caller's transaction, the notes and corrections whose anchor check changed them
     * ({@code after} is {@code AnchorCheck.check} of {@code before}: same notes, same order).
     * Returns how many were written.
     */
    static int storeChecked(Trial before, Trial after, StoreTransaction tx) {
        int count = 0;
        for (int i = 0; i < after.annotations().size(); i++) {
            Annotation a = after.annotations().get(i);
            if (!a.equals(before.annotations().get(i))) {
                tx.updateAnnotation(before.id(), a);
                count++;
            }
        }
        for (int i = 0; i < after.corrections().size(); i++) {
            Correction c = after.corrections().get(i);
            if (!c.equals(before.corrections().get(i))) {
                tx.updateCorrection(before.id(), c);
                count++;
            }
        }
        return count;
    }
}
