package org.trialworkbench.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trialworkbench.export.ExportHeader;
import org.trialworkbench.export.TrialExporter;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;

/** Exports stored trials with the exporter of the chosen format, writing files atomically. */
public final class ExportService implements ExportUseCase {
    private final TrialCatalog catalog;
    private final Map<ExportFormat, TrialExporter> exporters;
    private final Clock clock;
    private final CompareUseCase comparer;
    private final String reviewer;

    public ExportService(TrialCatalog catalog, CompareUseCase comparer, Map<ExportFormat, TrialExporter> exporters,
                         Clock clock, String reviewer) {
        this.catalog = catalog;
        this.comparer = comparer;
        this.reviewer = reviewer;
        this.exporters = Map.copyOf(exporters);
        this.clock = clock;
    }

    @Override
    public boolean supports(ExportFormat format) {
        return exporters.containsKey(format);
    }

    @Override
    public void export(ExportFormat format, List<String> trialIds, Path out) throws IOException {
        TrialExporter exporter = exporterFor(format);
        List<Trial> trials = trials(trialIds);
        Path target = out.toAbsolutePath();
        // A sibling file created like any other (not createTempFile, whose owner-only permissions the
        // export would keep), moved into place when complete.
        Path temp = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                exporter.write(comparer.compare(trials), header(), w);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void export(ExportFormat format, List<String> trialIds, Writer out) throws IOException {
        exporterFor(format).write(comparer.compare(trials(trialIds)), header(), out);
        out.flush();
    }

    /** The trials to export, in the order asked; unknown ids are an error, not a silent gap. */
    public List<Trial> trials(List<String> trialIds) {
        if (trialIds.isEmpty()) {
            return catalog.loadAll(catalog.list(null).stream().map(TrialSummary::id).toList());
        }
        List<Trial> trials = new ArrayList<>();
        for (String id : trialIds) {
            trials.add(catalog.load(id).orElseThrow(() -> new IllegalArgumentException("no stored trial has the id " + id)));
        }
        return trials;
    }

    private ExportHeader header() {
        return new ExportHeader(clock.instant(), reviewer);
    }

    private TrialExporter exporterFor(ExportFormat format) {
        TrialExporter exporter = exporters.get(format);
        if (exporter == null) {
            throw new UnsupportedOperationException("export as " + format.cliName() + " is not available yet");
        }
        return exporter;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
