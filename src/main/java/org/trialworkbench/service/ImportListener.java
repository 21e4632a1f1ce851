package org.trialworkbench.service;

/** Receives an import's events and progress, on the importing thread. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    default void event(ImportEvent event) {
    }

    /**
     * Progress: {@code records} handled so far, {@code bytesDone} of {@code bytesTotal} input bytes
     * read (total 0 when unknown), {@code ratePerSecond} records per second so far.
     */
    default void progress(long records, long bytesDone, long bytesTotal, double ratePerSecond) {
    }
}
