package org.trialworkbench.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.export.JsonExporter;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.store.H2Store;

/** Test-only: a real store with the services wired as app.Workbench wires them. */
final class ReviewStore implements AutoCloseable {
    final H2Store store;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    final AnnotationService annotations;
    final CorrectionService corrections;
    final ImportService importer;
    final ExportService exporter;

    ReviewStore(Path dir) {
        store = H2Store.open(dir);
        annotations = new AnnotationService(store, clock);
        corrections = new CorrectionService(store, clock);
        importer = new ImportService(store, ImporterRegistry.standard(), new TrialReader(), clock, new ExampleRecords());
        exporter = new ExportService(new CorrectedCatalog(new TrialCatalogService(store)), new CompareService(),
                Map.of(ExportFormat.JSON, new JsonExporter()), clock, "tester");
    }

    ImportReport importFiles(Path... files) {
        return importer.importPaths(List.of(files), ImportListener.NONE, new CancellationToken());
    }

    @Override
    public void close() {
        store.close();
    }

    /** A clock the test moves on. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advanceSeconds(long s) {
            now = now.plusSeconds(s);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
