package org.trialworkbench.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.trialworkbench.model.Trial;

/**
 * Writes an annotated summary of trials in one format. Implementations escape all registry and
 * reviewer text for their format and never touch files: the service writes atomically.
 */
public interface TrialExporter {

    /** The format name, as {@code --format} takes it. */
    String format();

    void write(List<Trial> trials, Instant exportedAt, Writer out) throws IOException;
}
