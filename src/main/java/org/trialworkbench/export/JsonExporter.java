package org.trialworkbench.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.trialworkbench.json.WorkbenchJson;
import org.trialworkbench.model.Trial;

/** The export schema ({@code trial-export.schema.json}, version 1); {@code import} reads it back. */
public final class JsonExporter implements TrialExporter {
    private final WorkbenchJson codec = new WorkbenchJson();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(List<Trial> trials, Instant exportedAt, Writer out) throws IOException {
        codec.write(trials, exportedAt, out);
    }
}
