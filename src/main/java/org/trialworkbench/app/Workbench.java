package org.trialworkbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.export.CsvExporter;
import org.trialworkbench.export.HtmlExporter;
import org.trialworkbench.export.JsonExporter;
import org.trialworkbench.export.MarkdownExporter;
import org.trialworkbench.export.TrialExporter;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.service.AnnotationService;
import org.trialworkbench.service.CompareService;
import org.trialworkbench.service.CorrectedCatalog;
import org.trialworkbench.service.CorrectionService;
import org.trialworkbench.service.ExampleRecords;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.ExportService;
import org.trialworkbench.service.ImportService;
import org.trialworkbench.service.RereadService;
import org.trialworkbench.service.TrialCatalogService;
import org.trialworkbench.service.TrialMaintenanceService;
import org.trialworkbench.store.H2Store;

/**
 * The composition root: one store and the services over it, wired with plain constructors.
 * Both the command line and the window use exactly these services.
 */
public final class Workbench implements AutoCloseable {
    private final H2Store store;
    private final TrialCatalogService catalog;
    private final ImportService importer;
    private final ExportService exporter;
    private final CompareService comparer;
    private final AnnotationService annotations;
    private final CorrectionService corrections;
    private final TrialMaintenanceService maintenance;
    private final RereadService rereading;

    private Workbench(H2Store store, Clock clock) {
        this.store = store;
        this.catalog = new TrialCatalogService(store);
        // One registry and one reader (it loads its phrase and unit tables) serve import and maintenance.
        ImporterRegistry registry = ImporterRegistry.standard();
        TrialReader reader = new TrialReader();
        this.importer = new ImportService(store, registry, reader, clock, new ExampleRecords());
        this.comparer = new CompareService();
        this.annotations = new AnnotationService(store, clock);
        this.corrections = new CorrectionService(store, clock);
        // Exports carry the corrected values, the original readings beside them.
        this.exporter = new ExportService(new CorrectedCatalog(catalog), comparer, exporters(), clock,
                System.getProperty("user.name"));
        this.maintenance = new TrialMaintenanceService(store, registry, reader, clock);
        this.rereading = new RereadService(store, registry, reader);
        rereading.markCurrentIfEmpty();
    }

    /** Opens the store in {@code dbDir}; throws {@link org.trialworkbench.store.StoreInUseException} when locked. */
    public static Workbench open(Path dbDir) {
        return new Workbench(H2Store.open(dbDir), Clock.systemUTC());
    }

    static Map<ExportFormat, TrialExporter> exporters() {
        return Map.of(ExportFormat.JSON, new JsonExporter(), ExportFormat.CSV, new CsvExporter(), ExportFormat.HTML, new HtmlExporter(), ExportFormat.MD, new MarkdownExporter());
    }

    public TrialCatalogService catalog() {
        return catalog;
    }

    public ImportService importer() {
        return importer;
    }

    public CompareService comparer() {
        return comparer;
    }

    /** A trial's sources, split and merge (the trial view). */
    public TrialMaintenanceService maintenance() {
        return maintenance;
    }

    /** Reading every stored trial again with today's readers (File → Read all trials again). */
    public RereadService rereading() {
        return rereading;
    }

    public ExportService exporter() {
        return exporter;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public CorrectionService corrections() {
        return corrections;
    }

    public Path storeDirectory() {
        return store.directory();
    }

    @Override
    public void close() {
        store.close();
    }
}
