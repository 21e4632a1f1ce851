package org.trialworkbench.importer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A document held in memory: an archive entry already read under the size limits, or a test input. */
public final class BytesDocument implements SourceDocument {
    private final String name;
    private final byte[] bytes;

    public BytesDocument(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public DocumentHead head() {
        int n = Math.min(bytes.length, DocumentHead.LIMIT);
        boolean complete = n == bytes.length;
        return new DocumentHead(name, java.util.Arrays.copyOf(bytes, n), TextDecoding.decode(bytes, n, complete), complete);
    }

    @Override
    public String text() {
        return TextDecoding.decode(bytes);
    }

    public byte[] bytes() {
        return bytes;
    }
}
