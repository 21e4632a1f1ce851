package org.trialworkbench.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.importer.batch.DocumentWalker;
import org.trialworkbench.store.H2Store;

/**
 * Imports files, folders and archives: detects each document's format, reads its records, runs the
 * readers, merges copies of the same trial and stores them in batches (one transaction per batch).
 */
public final class ImportService implements ImportUseCase {
    /** Records per transaction: large enough to be fast, small enough that Cancel is prompt. */
    public static final int BATCH_SIZE = 250;

    private final H2Store store;
    private final ImporterRegistry registry;
    private final TrialReader reader;
    private final Clock clock;
    private final ExampleRecords examples;

    public ImportService(H2Store store, ImporterRegistry registry, TrialReader reader, Clock clock, ExampleRecords examples) {
        this.store = store;
        this.registry = registry;
        this.reader = reader;
        this.clock = clock;
        this.examples = examples;
    }

    @Override
    public ImportReport importPaths(List<Path> paths, ImportListener listener, CancellationToken cancel) {
        long total = DocumentWalker.totalBytes(paths);
        try (RecordPipeline pipeline = new RecordPipeline(store, registry, reader, clock, BATCH_SIZE)) {
            ImportRun run = new ImportRun(pipeline, listener, cancel, total);
            new DocumentWalker().walk(paths, run);
            return run.finish();
        }
    }

    @Override
    public ImportReport importExamples(ImportListener listener, CancellationToken cancel) {
        Path folder = examples.unpack();
        return importPaths(List.of(folder), listener, cancel);
    }
}
