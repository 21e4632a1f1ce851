package org.trialworkbench.service;

/** Set by the user (Cancel button), read by long work between batches. */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
