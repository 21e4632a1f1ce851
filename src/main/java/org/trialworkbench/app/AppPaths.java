package org.trialworkbench.app;

import java.nio.file.Path;
import java.util.Map;

/** Where data lives: the store (per contract) and the window's settings. */
final class AppPaths {
    static final String DB_ENV = "TRIAL_WORKBENCH_DB";

    private AppPaths() {
    }

    /** {@code --db} if given, else {@code $TRIAL_WORKBENCH_DB}, else {@code ~/.trial-workbench}. */
    static Path store(String dbOption, Map<String, String> env) {
        if (dbOption != null) {
            return Path.of(dbOption);
        }
        String fromEnv = env.get(DB_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return userHome().resolve(".trial-workbench");
    }

    /** Settings are the user's, whichever store is open. */
    static Path settingsFile() {
        return userHome().resolve(".trial-workbench").resolve("settings.json");
    }

    private static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }
}
