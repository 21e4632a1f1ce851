package org.trialworkbench.service;

import java.nio.charset.StandardCharsets;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.html.HtmlText;

/**
 * Pages saved as HTML ("Save page as…") that no importer reads as HTML are read as their visible
 * text, by the same readers as text copied from the page.
 */
final class HtmlPages {
    private HtmlPages() {
    }

    /** True for a page saved as HTML: to be read as its text when no importer claims it as it is. */
    static boolean isPage(DocumentHead head) {
        return HtmlText.looksLikeHtml(head.text());
    }

    /** The visible text of a saved page, as a text document of the same name. */
    static SourceDocument asText(SourceDocument page) throws java.io.IOException {
        String text = HtmlText.extract(page.text());
        return new BytesDocument(page.name(), text.getBytes(StandardCharsets.UTF_8));
    }
}
