package org.trialworkbench.importer;

/**
 * The first bytes of a document (at most {@link #LIMIT}) and their decoded text, for detection.
 * {@code name} is for messages only: formats are never detected from file names.
 */
public record DocumentHead(String name, byte[] bytes, String text, boolean complete) {
    public static final int LIMIT = 64 * 1024;

    /** The text with leading whitespace and a byte-order mark removed. */
    public String trimmedText() {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.stripLeading();
    }
}
