package org.trialworkbench.ui;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Passes a background job's progress to the status bar from any thread, at most every
 * {@value #MIN_INTERVAL_MS} ms so that a fast job cannot flood the UI thread; nothing is posted
 * once the work is cancelled.
 */
public final class ProgressPoster {
    private static final long MIN_INTERVAL_MS = 100;

    private final TaskRunner runner;
    private final WorkState work;
    private final AtomicLong lastPosted = new AtomicLong();

    public ProgressPoster(TaskRunner runner, WorkState work) {
        this.runner = runner;
        this.work = work;
    }

    /** Posts the progress unless one was posted less than the interval ago; {@code last} always posts. */
    public void post(double fraction, String text, boolean last) {
        long now = System.currentTimeMillis();
        long before = lastPosted.get();
        if (!last && (now - before < MIN_INTERVAL_MS || !lastPosted.compareAndSet(before, now))) {
            return;
        }
        runner.onUiThread(() -> {
            if (!work.token().isCancelled()) {
                work.update(fraction, text);
            }
        });
    }
}
