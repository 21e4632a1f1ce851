package org.trialworkbench.importer.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what is read from an archive entry and stops with a clear message when the entry grows
 * past its limit or inflates far beyond its compressed size: declared sizes in a zip can lie.
 */
final class LimitedInputStream extends FilterInputStream {
    private final long maxBytes;
    private final long compressedSize;
    private final int maxRatio;
    private long count;

    LimitedInputStream(InputStream in, long maxBytes, long compressedSize, int maxRatio) {
        super(in);
        this.maxBytes = maxBytes;
        this.compressedSize = compressedSize;
        this.maxRatio = maxRatio;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(int n) throws IOException {
        count += n;
        if (count > maxBytes) {
            throw new ArchiveLimitException("the entry unpacks to more than " + maxBytes / (1024 * 1024)
                    + " MB (limit for one entry); not read");
        }
        if (compressedSize > 0 && count > 1024 * 1024 && count / compressedSize > maxRatio) {
            throw new ArchiveLimitException("the entry inflates more than " + maxRatio
                    + " times its packed size, which real records never do (zip bomb?); not read");
        }
    }

    /** An archive limit was hit. */
    static final class ArchiveLimitException extends IOException {
        ArchiveLimitException(String message) {
            super(message);
        }
    }
}
