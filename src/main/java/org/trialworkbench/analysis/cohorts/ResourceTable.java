package org.trialworkbench.analysis.cohorts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads the small data tables of this package (one entry a line, '#' comments). */
final class ResourceTable {
    private ResourceTable() {
    }

    /** Non-comment, non-blank lines of a resource next to this class. */
    static List<String> lines(String name) {
        try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated key/value lines; keys lower-cased, order kept. */
    static Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(name)) {
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException(name + ": expected key<TAB>value in '" + line + "'");
            }
            out.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
        }
        return out;
    }
}
