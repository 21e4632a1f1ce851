package org.trialworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.ImportEvent;
import org.trialworkbench.service.ImportListener;
import org.trialworkbench.service.ImportReport;
import org.trialworkbench.service.ImportUseCase;

/** Stores the given trials into a {@link FakeCatalog} on every import and reports events for them. */
public final class FakeImporter implements ImportUseCase {
    private final FakeCatalog catalog;
    private final List<Trial> toImport;
    private final List<ImportEvent> extraEvents;
    public final List<List<Path>> importedPaths = new CopyOnWriteArrayList<>();
    public volatile CancellationToken lastToken;
    public volatile int exampleCalls;

    public FakeImporter(FakeCatalog catalog, List<Trial> toImport, List<ImportEvent> extraEvents) {
        this.catalog = catalog;
        this.toImport = List.copyOf(toImport);
        this.extraEvents = List.copyOf(extraEvents);
    }

    @Override
    public ImportReport importPaths(List<Path> paths, ImportListener listener, CancellationToken cancel) {
        importedPaths.add(paths);
        return store(listener, cancel);
    }

    @Override
    public ImportReport importExamples(ImportListener listener, CancellationToken cancel) {
        exampleCalls++;
        return store(listener, cancel);
    }

    private ImportReport store(ImportListener listener, CancellationToken cancel) {
        lastToken = cancel;
        int done = 0;
        for (Trial t : toImport) {
            catalog.store(t);
            done++;
            listener.event(new ImportEvent(ImportEvent.Kind.IMPORTED, t.id(), "fake", "in-memory", null));
            listener.progress(done, done, toImport.size(), 10.0);
        }
        int failed = 0;
        int warnings = 0;
        for (ImportEvent e : extraEvents) {
            listener.event(e);
            failed += e.kind() == ImportEvent.Kind.FAILED ? 1 : 0;
            warnings += e.kind() == ImportEvent.Kind.WARNING ? 1 : 0;
        }
        return new ImportReport(done, 0, 0, 0, failed, warnings, cancel.isCancelled());
    }
}
