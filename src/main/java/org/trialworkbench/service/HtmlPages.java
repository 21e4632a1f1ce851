package org.trialworkbench.service;

import java.nio.charset.StandardCharsets;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.html.HtmlText;

/**
 * Pages saved as HTML ("Save page as…") that no importer reads as HTML are read as their visible
 * text, by the same readers as text copied from the page.
 */
final class HtmlPages {
    private HtmlPages() {
    }

    /** The document itself when an importer claims it or it is no HTML page; else its text. */
    static SourceDocument readable(SourceDocument document, DocumentHead head, ImporterRegistry registry) throws java.io.IOException {
        if (registry.choose(head).isPresent() || !HtmlText.looksLikeHtml(head.text())) {
            return document;
        }
        String text = HtmlText.extract(document.text());
        return new BytesDocument(document.name(), text.getBytes(StandardCharsets.UTF_8));
    }
}
