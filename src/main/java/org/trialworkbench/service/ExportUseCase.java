package org.trialworkbench.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** Writing annotated summaries of stored trials. */
public interface ExportUseCase {

    /** Whether this build can write the format yet. */
    boolean supports(ExportFormat format);

    /**
     * Exports the trials (empty list: all stored trials) to {@code out}, atomically: written to a
     * temporary file beside it and moved into place, so a failure never leaves half a file.
     */
    void export(ExportFormat format, List<String> trialIds, Path out) throws IOException;

    /** Exports to a writer (standard output). */
    void export(ExportFormat format, List<String> trialIds, Writer out) throws IOException;
}
