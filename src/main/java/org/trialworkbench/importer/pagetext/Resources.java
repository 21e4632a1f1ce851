package org.trialworkbench.importer.pagetext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data tables of this package: one entry a line, '#' comments and blank lines skipped. */
final class Resources {
    private Resources() {
    }

    static List<String> lines(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines split at '|' into exactly {@code columns} cells. */
    static List<String[]> table(String name, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(name)) {
            String[] cells = line.split("\\|", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
            }
            out.add(cells);
        }
        return out;
    }
}
