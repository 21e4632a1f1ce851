package org.trialworkbench.app;

import java.nio.file.Path;

/** Opens the desktop window on a store. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void open(Path store) {
        System.err.println("trial-workbench: the desktop window is not wired yet; use --help for the command line");
        System.exit(CommandLine.USAGE);
    }
}
