package org.trialworkbench.importer;

/** Receives what an importer reads. */
public interface RecordSink {

    void accept(ParsedRecord record);

    /**
     * A record or the whole document could not be read. {@code location} is null for the whole
     * document, else where in it ("studies[3]"); {@code reason} is for a reviewer, not a stack trace.
     */
    void fail(String location, String reason);

    /** True when the user cancelled: importers of many records stop at the next record. */
    default boolean cancelled() {
        return false;
    }
}
