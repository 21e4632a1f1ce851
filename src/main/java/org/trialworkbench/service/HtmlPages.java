package org.trialworkbench.service;

import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.SourceDocument;

/** Pages saved as HTML are read as their visible text, by the same readers as copied text. */
final class HtmlPages {
    private HtmlPages() {
    }

    static SourceDocument asText(SourceDocument document, DocumentHead head) {
        return document;
    }
}
