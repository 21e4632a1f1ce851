package org.trialworkbench.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.CorrectedCatalog;
import org.trialworkbench.service.ImportListener;

/** A real store holding the seeds' two systemic-sclerosis trials, and the window's context over it. */
public final class SeedWorkbench {
    public static final String NCT = "NCT00962923";
    public static final String JRCT = "jRCTc071190041";

    private SeedWorkbench() {
    }

    /** Imports seeds 000 and 001 (NCT00962923, two sources) and 003 (jRCTc071190041). */
    public static void importSeeds(Workbench workbench) throws URISyntaxException {
        List<Path> seeds = List.of(seed("000_ba20f4bf161fb405.txt"), seed("001_9fb71e6dd1eeb2dc.txt"),
                seed("003_4f16fd12adea18a5.txt"));
        workbench.importer().importPaths(seeds, ImportListener.NONE, new CancellationToken());
    }

    /** The window's context on the real services of {@code workbench}, annotations and corrections included. */
    public static UiContext context(Workbench workbench, Path settings) {
        return new UiContext(new CorrectedCatalog(workbench.catalog()), workbench.importer(), workbench.exporter(),
                workbench.comparer(), settings, "test", workbench.storeDirectory().toString())
                .withAnnotations(workbench.annotations(), workbench.corrections());
    }

    private static Path seed(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SeedWorkbench.class.getResource("/seeds/" + name)).toURI());
    }
}
