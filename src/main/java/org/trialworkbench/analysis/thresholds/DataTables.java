package org.trialworkbench.analysis.thresholds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small comma-separated data tables shipped next to this class. Lines starting with
 * '#' are comments, the first other line is the column header. Cells never contain commas.
 */
final class DataTables {
    private DataTables() {
    }

    static List<String[]> rows(String resourceName, int columns) {
        try (InputStream in = DataTables.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("missing data table " + resourceName);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean headerSeen = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resourceName + ": expected " + columns + " cells in: " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
