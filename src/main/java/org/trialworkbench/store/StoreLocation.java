package org.trialworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a store directory into an H2 JDBC URL. H2 reads settings from the URL after a
 * {@code ;}, so the path is checked against a whitelist of characters first: no user text can
 * add settings (such as an INIT script) to the URL.
 */
final class StoreLocation {
    static final String DATABASE_NAME = "store";
    /** Fixed settings: a trial load uses ~20 distinct queries, more than H2's default cache of 8. */
    static final String SETTINGS = ";QUERY_CACHE_SIZE=64";

    private StoreLocation() {
    }

    /** Creates the directory if missing and returns its canonical absolute path. */
    static Path prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            return dir.toRealPath();
        } catch (IOException e) {
            throw new StoreException("The store folder " + dir + " cannot be created or opened: " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of the database in a canonical directory (see {@link #prepare}). */
    static String jdbcUrl(Path canonicalDir) {
        String path = canonicalDir.resolve(DATABASE_NAME).toString();
        String bad = unsafeCharacters(path);
        if (!bad.isEmpty()) {
            throw new StoreException("The folder " + canonicalDir + " cannot be used: its path contains characters"
                    + " that cannot be used for a store: " + bad);
        }
        return "jdbc:h2:file:" + path + SETTINGS;
    }

    /** The characters of a path outside the whitelist, each once, in order of appearance. */
    static String unsafeCharacters(String path) {
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            if (!isSafe(c, i) && bad.indexOf(Character.toString(c)) < 0) {
                bad.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return bad.toString();
    }

    private static boolean isSafe(int c, int index) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (c == ':') {
            return index == 1; // Windows drive letter "C:"
        }
        return " -_./\\+,@()".indexOf(c) >= 0;
    }
}
