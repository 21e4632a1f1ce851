package org.trialworkbench.app;

/**
 * The jar's main class. It does not extend {@code Application}: launched from the class path, a
 * main class that does fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            System.exit(new CommandLine(System.out, System.err, System.getenv()).run(args));
            return;
        }
        if (parsed.opensWindow()) {
            DesktopLauncher.open(AppPaths.store(parsed.db(), System.getenv()));
            return;
        }
        System.exit(new CommandLine(System.out, System.err, System.getenv()).run(args));
    }
}
