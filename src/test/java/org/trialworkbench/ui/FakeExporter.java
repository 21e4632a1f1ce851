package org.trialworkbench.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.ExportUseCase;

/** Writes the ids it was asked for, one per line; supports only the given formats. */
public final class FakeExporter implements ExportUseCase {
    private final Set<ExportFormat> supported;
    public volatile List<String> lastIds;

    public FakeExporter(Set<ExportFormat> supported) {
        this.supported = supported;
    }

    @Override
    public boolean supports(ExportFormat format) {
        return supported.contains(format);
    }

    @Override
    public void export(ExportFormat format, List<String> trialIds, Path out) throws IOException {
        lastIds = trialIds;
        Files.writeString(out, format.cliName() + "\n" + String.join("\n", trialIds));
    }

    @Override
    public void export(ExportFormat format, List<String> trialIds, Writer out) throws IOException {
        lastIds = trialIds;
        out.write(String.join("\n", trialIds));
    }
}
