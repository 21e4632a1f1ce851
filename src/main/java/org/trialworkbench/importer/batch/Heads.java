package org.trialworkbench.importer.batch;

import java.io.IOException;
import java.io.InputStream;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.TextDecoding;

/** Reads the head of a stream for detection. */
final class Heads {
    private Heads() {
    }

    static DocumentHead read(String name, InputStream in) throws IOException {
        byte[] buffer = new byte[DocumentHead.LIMIT];
        int n = in.readNBytes(buffer, 0, buffer.length);
        boolean complete = n < buffer.length || in.read() < 0;
        byte[] bytes = java.util.Arrays.copyOf(buffer, n);
        return new DocumentHead(name, bytes, TextDecoding.decode(bytes, n, complete), complete);
    }
}
