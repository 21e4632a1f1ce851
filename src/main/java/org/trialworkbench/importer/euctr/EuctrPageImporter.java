package org.trialworkbench.importer.euctr;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.importer.html.HtmlText;

/**
 * EU Clinical Trials Register protocol pages ({@code clinicaltrialsregister.eu/ctr-search/trial/…}),
 * saved as HTML or copied as text. Works on text: HTML is first turned into its visible text by
 * {@link HtmlText#extract}. One page is one trial; {@code raw} is the document's bytes.
 */
public final class EuctrPageImporter implements TrialImporter {
    public static final String FORMAT = "euctr-page";
    private static final Pattern EUDRACT_LABEL = Pattern.compile("(?i)EudraCT\\s+Number");
    private static final Pattern PROTOCOL_LABELS = Pattern.compile(
            "(?im)(^|[>|\\t]\\s*)A\\.2(\\s|<|$)|Principal inclusion criteria|Clinical Trial Type:|EU Clinical Trials Register");

    @Override
    public String format() {
        return FORMAT;
    }

    /** 2: the completion date is read from section P ("Date of the global end of the trial"). */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public Detection detect(DocumentHead head) {
        String text = head.trimmedText();
        if (text.startsWith("{") || text.startsWith("[")) {
            return Detection.no("JSON, not an EU CTR page");
        }
        boolean html = HtmlText.looksLikeHtml(text);
        if (text.startsWith("<") && !html) {
            return Detection.no("XML, not an EU CTR page");
        }
        boolean eudract = EUDRACT_LABEL.matcher(text).find();
        boolean protocol = PROTOCOL_LABELS.matcher(text).find();
        if (!eudract || !protocol) {
            return Detection.no("no EudraCT Number with EU CTR protocol labels");
        }
        return Detection.of(html ? 90 : 80, "EU CTR protocol page (" + (html ? "HTML" : "text") + "): EudraCT Number and protocol labels");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        String text;
        byte[] raw;
        try {
            text = document.text();
            try (var in = document.open()) {
                raw = in.readAllBytes();
            }
        } catch (IOException e) {
            sink.fail(null, "the page could not be read: " + e.getMessage());
            return;
        }
        if (HtmlText.looksLikeHtml(text)) {
            text = HtmlText.extract(text);
        }
        EuctrPage page = EuctrPage.read(text);
        String location = page.first("A.2").map(n -> "EudraCT " + n).orElse("page");
        Optional<EuctrTrialMapper.Mapped> mapped;
        try {
            mapped = EuctrTrialMapper.map(page, location);
        } catch (RuntimeException e) {
            sink.fail(null, "the page could not be mapped: " + e.getMessage());
            return;
        }
        if (mapped.isEmpty()) {
            sink.fail(null, "not a readable EU CTR protocol page: no EudraCT number (A.2) or no title (A.3)");
            return;
        }
        sink.accept(new ParsedRecord(mapped.get().trial(), raw, location, mapped.get().warnings()));
    }
}
