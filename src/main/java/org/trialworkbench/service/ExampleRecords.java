package org.trialworkbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The five real registry pages the product was specified from, bundled so that a new user sees
 * real trials at once (Help → Load example trials).
 */
public final class ExampleRecords {
    static final String FOLDER = "/org/trialworkbench/examples/";
    static final List<String> FILES = List.of(
            "000_ba20f4bf161fb405.txt", "001_9fb71e6dd1eeb2dc.txt", "002_c014f135a40a8c7f.txt",
            "003_4f16fd12adea18a5.txt", "004_31ad608487218485.txt");

    /** Copies the examples into a fresh temporary folder (importers read files) and returns it. */
    public Path unpack() {
        try {
            Path folder = Files.createTempDirectory("trial-workbench-examples");
            folder.toFile().deleteOnExit();
            for (String name : FILES) {
                try (InputStream in = ExampleRecords.class.getResourceAsStream(FOLDER + name)) {
                    if (in == null) {
                        throw new IOException("example " + name + " is missing from the application");
                    }
                    Path target = folder.resolve("example-" + name);
                    Files.copy(in, target);
                    target.toFile().deleteOnExit();
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
