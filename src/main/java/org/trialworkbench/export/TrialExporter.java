package org.trialworkbench.export;

import java.io.IOException;
import java.io.Writer;
import org.trialworkbench.model.comparison.Comparison;

/**
 * Writes an annotated summary of trials in one format. Implementations escape all registry and
 * reviewer text for their format and never touch files: the service writes atomically.
 */
public interface TrialExporter {

    /** The format name, as {@code --format} takes it. */
    String format();

    /** Writes the compared trials (in column order) with their aligned panels and annotations. */
    void write(Comparison comparison, ExportHeader header, Writer out) throws IOException;
}
