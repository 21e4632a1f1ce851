package org.trialworkbench.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The only way importers open JSON: limits on nesting, string and number length so that hostile
 * files (100,000-deep nesting, a 50 MB string, a 2,000-digit number) fail fast with a clear reason
 * instead of exhausting memory or the stack. Real registry records stay far below the limits.
 */
public final class SafeJson {
    public static final int MAX_DEPTH = 200;
    public static final int MAX_STRING = 5 * 1024 * 1024;
    public static final int MAX_NUMBER = 100;

    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .build())
            .build();

    public static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private SafeJson() {
    }

    /** A reason a reviewer understands for a JSON read failure. */
    public static String describe(IOException e) {
        if (!(e instanceof com.fasterxml.jackson.core.JacksonException)) {
            // Not the JSON's fault: the stream itself failed (an archive limit, a read error).
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = message.indexOf("\n at [");
        String head = cut >= 0 ? message.substring(0, cut) : message;
        head = head.replaceAll(",\\s*from `StreamReadConstraints[^`]*`", "");
        String where = "";
        if (e instanceof JsonParseException p && p.getLocation() != null && p.getLocation().getLineNr() > 0) {
            where = " (line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ")";
        }
        String kind = e instanceof StreamConstraintsException ? "JSON exceeds a safety limit" : "malformed JSON";
        return kind + where + ": " + head.lines().findFirst().orElse(head).strip();
    }
}
