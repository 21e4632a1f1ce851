package org.trialworkbench.service;

import java.nio.file.Path;
import java.util.List;

/** Importing registry records from files, folders and zip archives. */
public interface ImportUseCase {

    /**
     * Imports everything under {@code paths}. Never throws for bad input: every failure is an
     * {@link ImportEvent} of kind FAILED. Stops after the current batch when {@code cancel} is set,
     * keeping what was stored before.
     */
    ImportReport importPaths(List<Path> paths, ImportListener listener, CancellationToken cancel);

    /** Imports the example records bundled with the application (the five seed pages). */
    ImportReport importExamples(ImportListener listener, CancellationToken cancel);
}
