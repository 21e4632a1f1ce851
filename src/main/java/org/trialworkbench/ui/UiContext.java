package org.trialworkbench.ui;

import java.nio.file.Path;
import java.util.Objects;
import org.trialworkbench.service.AnnotationUseCase;
import org.trialworkbench.service.CompareService;
import org.trialworkbench.service.CompareUseCase;
import org.trialworkbench.service.CorrectionUseCase;
import org.trialworkbench.service.ExportUseCase;
import org.trialworkbench.service.ImportUseCase;
import org.trialworkbench.service.RereadUseCase;
import org.trialworkbench.service.TrialCatalog;
import org.trialworkbench.service.TrialMaintenanceUseCase;

/**
 * Everything the window needs from the rest of the application, built by the composition root.
 *
 * @param catalog          browsing the stored trials
 * @param importer         importing files, folders and the bundled examples
 * @param exporter         writing summaries of stored trials
 * @param settingsFile     the JSON file where window size, dividers and the last folder are kept
 * @param version          shown in Help → About
 * @param storeDescription where the trials are stored (shown in Help → About)
 * @param maintenance      a trial's sources, split and merge (the trial view); null: no trial view
 * @param annotations      reviewers' notes; null: the window offers no annotations
 * @param corrections      reviewers' corrections of readings; null: the window offers no corrections
 * @param rereading        reading all stored trials again (File menu); null: the window does not offer it
 */
public record UiContext(TrialCatalog catalog, ImportUseCase importer, ExportUseCase exporter, CompareUseCase comparer,
                        Path settingsFile, String version, String storeDescription,
                        TrialMaintenanceUseCase maintenance, AnnotationUseCase annotations,
                        CorrectionUseCase corrections, RereadUseCase rereading) {

    /** Without the trial view, annotations and corrections. */
    public UiContext(TrialCatalog catalog, ImportUseCase importer, ExportUseCase exporter, CompareUseCase comparer,
                     Path settingsFile, String version, String storeDescription) {
        this(catalog, importer, exporter, comparer, settingsFile, version, storeDescription, null, null, null, null);
    }

    /** With the trial view, without annotations and corrections. */
    public UiContext(TrialCatalog catalog, ImportUseCase importer, ExportUseCase exporter, CompareUseCase comparer,
                     Path settingsFile, String version, String storeDescription, TrialMaintenanceUseCase maintenance) {
        this(catalog, importer, exporter, comparer, settingsFile, version, storeDescription, maintenance, null, null, null);
    }

    /** With the standard, pure comparison. */
    public UiContext(TrialCatalog catalog, ImportUseCase importer, ExportUseCase exporter, Path settingsFile,
                     String version, String storeDescription) {
        this(catalog, importer, exporter, new CompareService(), settingsFile, version, storeDescription, null, null, null, null);
    }

    public UiContext {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(comparer, "comparer");
        Objects.requireNonNull(settingsFile, "settingsFile");
        version = version == null ? "" : version;
        storeDescription = storeDescription == null ? "" : storeDescription;
    }

    /** The same context with the annotation and correction use cases. */
    public UiContext withAnnotations(AnnotationUseCase annotationUseCase, CorrectionUseCase correctionUseCase) {
        return new UiContext(catalog, importer, exporter, comparer, settingsFile, version, storeDescription,
                maintenance, annotationUseCase, correctionUseCase, rereading);
    }

    /** The same context with File → Read all trials again. */
    public UiContext withRereading(RereadUseCase rereadUseCase) {
        return new UiContext(catalog, importer, exporter, comparer, settingsFile, version, storeDescription,
                maintenance, annotations, corrections, rereadUseCase);
    }
}
