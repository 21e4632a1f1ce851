package org.trialworkbench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.store.H2Store;

/**
 * A real store in a temporary folder with the real import and maintenance services, wired as
 * {@code app/Workbench} wires them, plus the test records.
 */
final class MaintenanceFixture implements AutoCloseable {
    static final Path SEEDS = Path.of("src/test/resources/seeds");
    static final Path RECORDS = Path.of("src/test/resources/trialview");

    final Path dir;
    final H2Store store;
    final ImportService importer;
    final TrialMaintenanceService service;
    final List<ImportEvent> events = new ArrayList<>();

    MaintenanceFixture(Path dir) {
        this.dir = dir;
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);
        store = H2Store.open(dir.resolve("store"));
        importer = new ImportService(store, ImporterRegistry.standard(), new TrialReader(), clock, new ExampleRecords());
        service = new TrialMaintenanceService(store, ImporterRegistry.standard(), new TrialReader(), clock);
    }

    static Path seed(String prefix) {
        try (var files = Files.list(SEEDS)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportReport importFiles(Path... files) {
        return importer.importPaths(List.of(files), new ImportListener() {
            @Override
            public void event(ImportEvent event) {
                events.add(event);
            }
        }, new CancellationToken());
    }

    /** A copy of a record with one phrase replaced; fails when the phrase is not there. */
    Path editedCopy(Path original, String name, String phrase, String replacement) {
        try {
            String text = Files.readString(original, StandardCharsets.UTF_8);
            if (!text.contains(phrase)) {
                throw new IllegalStateException(original + " does not contain " + phrase);
            }
            Path copy = dir.resolve(name);
            Files.writeString(copy, text.replace(phrase, replacement), StandardCharsets.UTF_8);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Annotation annotate(String trialId, String note) {
        Annotation[] stored = new Annotation[1];
        store.write(tx -> stored[0] = tx.addAnnotation(trialId, new Annotation(null, "trial", null, note, "reviewer",
                Instant.parse("2026-11-22T01:05:00Z"), null)));
        return stored[0];
    }

    String shaOf(String trialId, String format) {
        return service.sources(trialId).stream().filter(s -> s.format().equals(format)).findFirst().orElseThrow()
                .sha256();
    }

    @Override
    public void close() {
        store.close();
    }
}
