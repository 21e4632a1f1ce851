package org.trialworkbench.importer.batch;

import org.trialworkbench.importer.SourceDocument;

/** Receives the documents found under the paths a reviewer gave, and what could not be opened. */
public interface DocumentVisitor {

    /** A document to import; {@code bytes} is its size on disk (for progress), 0 when unknown. */
    void document(SourceDocument document, long bytes);

    /** A file or entry that could not be opened; {@code name} is {@code file} or {@code file!entry}. */
    void failure(String name, String reason);

    default boolean cancelled() {
        return false;
    }
}
