package org.trialworkbench.importer.pagetext;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.trialworkbench.importer.LocalIds;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.model.Trial;

/**
 * The common frame of the page importers: decode the document, read one trial with the given
 * reader, and hand it on, or report why not. Never throws: unreadable text, an empty document or
 * a page without a trial becomes a {@link RecordSink#fail} with a reason.
 */
final class PageImport {
    static final String LOCATION = "page";

    private PageImport() {
    }

    /** Runs {@code reader} over the document's text; a null draft means no trial was found. */
    static void run(SourceDocument document, RecordSink sink, Function<String, TrialDraft> reader, boolean localIdAllowed) {
        String text;
        byte[] raw;
        try {
            text = document.text();
            try (InputStream in = document.open()) {
                raw = in.readNBytes((int) SourceDocument.MAX_TEXT_BYTES);
            }
        } catch (IOException | RuntimeException e) {
            sink.fail(null, "the document could not be read as text: " + e.getMessage());
            return;
        }
        if (text == null || text.isBlank()) {
            sink.fail(null, "no trial record found: the document is empty");
            return;
        }
        try {
            TrialDraft draft = reader.apply(text.startsWith("\uFEFF") ? text.substring(1) : text);
            Trial trial = draft == null ? null : finish(draft, localIdAllowed);
            if (trial == null) {
                sink.fail(null, "no trial record found: the text names no trial this reader recognizes");
                return;
            }
            sink.accept(new ParsedRecord(trial, raw, LOCATION, draft.warnings));
        } catch (RuntimeException e) {
            sink.fail(null, "the page could not be read: " + e);
        }
    }

    private static Trial finish(TrialDraft draft, boolean localIdAllowed) {
        if (draft.briefTitle == null) {
            draft.briefTitle = draft.officialTitle != null ? draft.officialTitle : draft.pageTitle;
        }
        if (draft.briefTitle == null) {
            return null;
        }
        String id = draft.registryId();
        if (id == null) {
            if (!localIdAllowed) {
                return null;
            }
            id = LocalIds.fromTitle(draft.officialTitle != null ? draft.officialTitle : draft.briefTitle);
        }
        return draft.build(id);
    }
}
