package org.trialworkbench.service;

/**
 * Reading every stored trial again from its stored sources with today's importers and readers, so
 * that a better reader improves what is already stored. A trial is merged from its sources exactly
 * as an import would merge them, keeps its id, and is saved only when the new reading differs.
 * Annotations and corrections are kept; their anchors are checked against the new reading like
 * after an import, so a note whose text changed is flagged "source changed", never dropped.
 */
public interface RereadUseCase {

    /** Told after each trial, on the working thread. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void trialDone(int done, int total);
    }

    /**
     * Reads every stored trial again, one write transaction per changed trial, so a failure or a
     * cancel never leaves a trial half written. A trial whose sources cannot all be read again on
     * their own (one restored from an export keeps only its merged form) is left exactly as stored
     * and reported with the reason. Cancel stops after the current trial; what is done stays.
     */
    RereadReport rereadAll(Progress progress, CancellationToken token);

    /**
     * True when stored trials were read by an older version of the readers than this one and have not
     * all been read again since (the window then offers it). Reads the store: not on the UI thread.
     */
    default boolean readingsOutdated() {
        return false;
    }
}
