package org.trialworkbench.importer.ictrp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A phrase table from a resource file next to this class: one {@code phrase|VALUE} per line,
 * {@code #} comments. Lookups are by lower-cased, whitespace-normalized phrase; a value of
 * {@code -} marks a phrase that is known but has no model equivalent.
 */
public final class PhraseTable {
    public static final String NO_EQUIVALENT = "-";

    private final Map<String, String> entries;

    private PhraseTable(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static PhraseTable load(String resource) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : readLines(resource)) {
            int bar = line.lastIndexOf('|');
            if (bar > 0) {
                entries.put(key(line.substring(0, bar)), line.substring(bar + 1).strip());
            }
        }
        return new PhraseTable(entries);
    }

    /** The non-comment, non-blank lines of a resource file next to this class. */
    public static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The value for a phrase; empty when the phrase is unknown. */
    public Optional<String> lookup(String phrase) {
        return phrase == null ? Optional.empty() : Optional.ofNullable(entries.get(key(phrase)));
    }

    public Map<String, String> entries() {
        return entries;
    }

    static String key(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
