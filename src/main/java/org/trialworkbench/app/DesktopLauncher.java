package org.trialworkbench.app;

import java.nio.file.Path;
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
            DesktopApp.launch(new UiContext(workbench.catalog(), workbench.importer(), workbench.exporter(), workbench.comparer(),
                    AppPaths.settingsFile(), Version.current(), workbench.storeDirectory().toString(), workbench.maintenance()));
        }
        System.exit(CommandLine.OK);
    }
}
