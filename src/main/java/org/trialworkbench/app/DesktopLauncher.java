package org.trialworkbench.app;

import java.nio.file.Path;
import org.trialworkbench.service.CorrectedCatalog;
import org.trialworkbench.store.StoreException;
import org.trialworkbench.ui.UiContext;

/**
 * Opens the desktop window on a store. A store that cannot be opened (in use by another Trial
 * Workbench, unusable path) is told in a dialog, and the process exits 2 as the command line does.
 */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void open(Path storeDir) {
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
