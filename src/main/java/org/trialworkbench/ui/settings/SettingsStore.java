package org.trialworkbench.ui.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;

/**
 * Reads and writes {@link UiSettings} as JSON. A missing, unreadable or corrupt file gives the
 * defaults (never an exception); writes go to a temporary file in the same folder that is then
 * moved over the old one, so a crash never leaves half a settings file.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    public UiSettings load() {
        try {
            UiSettings read = JSON.readValue(Files.readAllBytes(file), UiSettings.class);
            return read == null ? UiSettings.DEFAULTS : read.sane();
        } catch (NoSuchFileException e) {
            return UiSettings.DEFAULTS;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Settings file " + file + " could not be read (" + e.getMessage() + "); using defaults");
            return UiSettings.DEFAULTS;
        }
    }

    /** Writes atomically (temp file beside the target, then move). */
    public void save(UiSettings settings) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, JSON.writeValueAsBytes(settings));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
