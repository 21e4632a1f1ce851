package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.TrialImporter;

/** Access to the shared registry samples (read in place) and to the fixtures copied into test resources. */
final class CtgovSamples {
    static final Path SHARED = Path.of("/work/shared/registry-samples");

    private CtgovSamples() {
    }

    /** The files of one shared sample folder; skips the test when the folder is not there. */
    static List<Path> shared(String folder) {
        Path dir = SHARED.resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared registry samples not present: " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sharedFile(String relative) {
        Path file = SHARED.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared registry sample not present: " + file);
        return file;
    }

    /** A fixture copied into src/test/resources/samples/. */
    static BytesDocument resource(String relative) {
        try (var in = CtgovSamples.class.getResourceAsStream("/samples/" + relative)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource samples/" + relative);
            }
            return new BytesDocument(relative, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one record a fixture holds, read without a failure. */
    static ParsedRecord only(TrialImporter importer, String resource) {
        CollectingSink sink = parse(importer, resource(resource));
        assertThat(sink.failures).isEmpty();
        assertThat(sink.records).hasSize(1);
        return sink.records.get(0);
    }

    static BytesDocument document(Path file) {
        try {
            return new BytesDocument(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CollectingSink parse(TrialImporter importer, BytesDocument doc) {
        return CollectingSink.parse(importer, doc);
    }
}
