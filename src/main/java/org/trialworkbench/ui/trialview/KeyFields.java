package org.trialworkbench.ui.trialview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields the trial view lists, in order, with their labels (from {@code key-fields.tsv}). */
final class KeyFields {
    private static final Map<String, String> LABELS = load();

    private KeyFields() {
    }

    /** Field name → label, in display order. */
    static Map<String, String> labels() {
        return LABELS;
    }

    /** The label of a field; an unlisted field (e.g. from a newer merger) shows its own name. */
    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private static Map<String, String> load() {
        Map<String, String> labels = new LinkedHashMap<>();
        try (InputStream in = KeyFields.class.getResourceAsStream("key-fields.tsv")) {
            if (in == null) {
                throw new IllegalStateException("key-fields.tsv is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                labels.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : parts[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(labels);
    }
}
