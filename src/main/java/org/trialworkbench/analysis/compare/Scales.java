package org.trialworkbench.analysis.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How limits of a parameter compare across trials (the table {@code scales.csv}): the step of a
 * whole-number scale, its lowest value, and whether its limits may be ranked at all.
 */
final class Scales {
    static final Scales STANDARD = load("scales.csv");

    private final Map<String, Scale> byParameter;

    private Scales(Map<String, Scale> byParameter) {
        this.byParameter = byParameter;
    }

    /** The scale of a parameter; a measured quantity (no step, lowest 0, ranked) when not listed. */
    Scale of(String parameter) {
        return byParameter.getOrDefault(parameter, Scale.MEASURED);
    }

    /** {@code step} 0 for values of any fineness. */
    record Scale(double step, double lowest, boolean ranked) {
        static final Scale MEASURED = new Scale(0, 0, true);
    }

    private static Scales load(String resource) {
        Map<String, Scale> scales = new HashMap<>();
        try (InputStream in = Scales.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(resource + ": expected 4 cells in: " + line);
                }
                scales.put(cells[0], new Scale(cells[1].isBlank() ? 0 : Double.parseDouble(cells[1]),
                        Double.parseDouble(cells[2]), !"no".equals(cells[3].trim())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scales(Map.copyOf(scales));
    }
}
