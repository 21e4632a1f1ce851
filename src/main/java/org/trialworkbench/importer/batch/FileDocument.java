package org.trialworkbench.importer.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TextDecoding;

/** A plain file on disk. */
final class FileDocument implements SourceDocument {
    private final Path path;
    private final String name;

    FileDocument(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
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
        long size = Files.size(path);
        if (size > MAX_TEXT_BYTES) {
            throw new IOException("the file is " + size / (1024 * 1024) + " MB, too large for a text page");
        }
        return TextDecoding.decode(Files.readAllBytes(path));
    }
}
