package org.trialworkbench.service;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stores import batches on one background thread, one batch at a time, so that the next batch is
 * parsed and read while the last one is written. At most one batch is being written: memory stays
 * bounded, and the store sees the batches in the order they were read.
 */
final class BatchWriter implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> writing;

    /** Waits for the batch being written (rethrowing what its writing threw), then starts this one. */
    void submit(Runnable write) {
        awaitWritten();
        writing = thread.submit(write);
    }

    /** Returns when the batch being written, if any, is written; rethrows what its writing threw. */
    void awaitWritten() {
        if (writing == null) {
            return;
        }
        Future<?> last = writing;
        writing = null;
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a batch was being stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Lets a batch being written finish, then ends the thread; accepts nothing more. */
    @Override
    public void close() {
        thread.shutdown();
    }
}
