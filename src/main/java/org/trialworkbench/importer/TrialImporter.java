package org.trialworkbench.importer;

/**
 * The contract every registry format implements.
 *
 * <ul>
 *   <li>{@link #detect(DocumentHead)} looks only at the head of a document (its first bytes,
 *   decoded) and says how sure it is that the document is in its format, with a reason. It never
 *   reads the whole document and never throws.</li>
 *   <li>{@link #parse(SourceDocument, RecordSink)} reads the whole document and hands every
 *   record it finds to the sink, streaming (a JSON array or an archive is never held whole). Bad
 *   data is reported through {@link RecordSink#fail(String, String)} with a reason a reviewer
 *   understands; it never throws for bad data. A record that is handed on is complete: nothing is
 *   half-read.</li>
 * </ul>
 *
 * Importers fill the trial as the source states it (texts, outcomes with their time frames, arms,
 * interventions, eligibility text); the analysis readers (criteria, thresholds, schedules, cohorts)
 * run after, in the service layer. Importers leave {@code sources} empty: the caller adds the
 * {@link org.trialworkbench.model.SourceRef}.
 */
public interface TrialImporter {

    /** The format name used in reports and exports, e.g. {@code ctgov-json}. */
    String format();

    /** Version of this importer's reading, stored with the raw bytes so records can be re-read. */
    default int version() {
        return 1;
    }

    Detection detect(DocumentHead head);

    void parse(SourceDocument document, RecordSink sink);
}
