package org.trialworkbench.export;

import java.io.IOException;
import java.io.Writer;
import org.trialworkbench.json.WorkbenchJson;
import org.trialworkbench.model.comparison.Comparison;

/** The export schema ({@code trial-export.schema.json}, version 1); {@code import} reads it back. */
public final class JsonExporter implements TrialExporter {
    private final WorkbenchJson codec = new WorkbenchJson();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(Comparison comparison, ExportHeader header, Writer out) throws IOException {
        codec.write(comparison.trials(), header.exportedAt(), out);
    }
}
