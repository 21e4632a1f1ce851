package org.trialworkbench.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;

/** Deflate (zlib) compression of raw source bytes. */
final class Compression {
    private Compression() {
    }

    static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 3));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] inflate(byte[] compressed, long rawSize) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(compressed))) {
            byte[] raw = in.readAllBytes();
            if (raw.length != rawSize) {
                throw new StoreException("A stored source is damaged: expected " + rawSize + " bytes, read " + raw.length);
            }
            return raw;
        } catch (IOException e) {
            throw new StoreException("A stored source is damaged and cannot be decompressed", e);
        }
    }
}
