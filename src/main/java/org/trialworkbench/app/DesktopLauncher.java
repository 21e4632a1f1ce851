package org.trialworkbench.app;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trialworkbench.service.CorrectedCatalog;
import org.trialworkbench.store.StoreException;
import org.trialworkbench.ui.UiContext;

/**
 * Opens the desktop window on a store. A store that cannot be opened (in use by another Trial
 * Workbench, unusable path) is told in a dialog, and the process exits 2 as the command line does.
 */
final class DesktopLauncher {
    /**
     * JavaFX logs "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on every start
     * of the jar, whose JavaFX is on the class path by design (one file, {@code java -jar}, nothing else to
     * install; {@code mvn javafx:run} uses modules). Nothing for a reviewer to act on, so the warnings of that
     * logger ("javafx", JavaFX's general one, through {@code System.Logger} to java.util.logging) are silenced;
     * its errors still show. The field keeps the configured logger from being collected.
     */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private DesktopLauncher() {
    }

    static void open(Path storeDir) {
        PLATFORM_LOG.setLevel(Level.SEVERE);
        Workbench workbench;
        try {
            workbench = Workbench.open(storeDir);
        } catch (StoreException e) {
            DesktopApp.launchError(e.getMessage());
            System.exit(CommandLine.USAGE);
            return;
        }
        try (workbench) {
            // The window shows the corrected view of each trial (as exports do), the readings kept beside it.
            DesktopApp.launch(new UiContext(new CorrectedCatalog(workbench.catalog()), workbench.importer(),
                    workbench.exporter(), workbench.comparer(), AppPaths.settingsFile(), Version.current(),
                    workbench.storeDirectory().toString(), workbench.maintenance())
                    .withAnnotations(workbench.annotations(), workbench.corrections())
                    .withRereading(workbench.rereading()));
        }
        System.exit(CommandLine.OK);
    }
}
