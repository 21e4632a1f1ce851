package org.trialworkbench.importer.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TextDecoding;

/** One entry of a zip archive, read in place (never extracted to disk) under {@link ArchiveLimits}. */
final class ZipEntryDocument implements SourceDocument {
    private final ZipFile zip;
    private final ZipEntry entry;
    private final String name;
    private final ArchiveLimits limits;

    ZipEntryDocument(ZipFile zip, ZipEntry entry, String name, ArchiveLimits limits) {
        this.zip = zip;
        this.entry = entry;
        this.name = name;
        this.limits = limits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InputStream open() throws IOException {
        return new LimitedInputStream(zip.getInputStream(entry), limits.maxEntryBytes(),
                entry.getCompressedSize(), limits.maxRatio());
    }

    @Override
    public DocumentHead head() {
        try (InputStream in = open()) {
            return Heads.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String text() throws IOException {
        try (InputStream in = new LimitedInputStream(open(), MAX_TEXT_BYTES, 0, limits.maxRatio())) {
            return TextDecoding.decode(in.readAllBytes());
        }
    }
}
