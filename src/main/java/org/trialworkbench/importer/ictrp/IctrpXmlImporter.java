package org.trialworkbench.importer.ictrp;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SafeXml;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TrialImporter;

/**
 * WHO ICTRP "Export to XML" files: {@code <Trials_downloaded_from_ICTRP>} with one {@code <Trial>}
 * per record. Streams with StAX, one {@code <Trial>} at a time; a DOCTYPE is refused. Each record's
 * {@code raw} bytes are its {@code <Trial>} element re-serialized canonically (see
 * {@link TrialElementReader}), so re-importing the same file gives the same SHA-256. When the XML
 * breaks off, the complete trials before the break are handed on and the rest is reported.
 */
public final class IctrpXmlImporter implements TrialImporter {
    public static final String FORMAT = "ictrp-xml";
    static final String ROOT = "Trials_downloaded_from_ICTRP";
    static final String TRIAL = "Trial";
    private static final Pattern ROOT_TAG = Pattern.compile("<" + ROOT + "[\\s>/]");
    private static final Pattern BARE_TRIAL = Pattern.compile("^(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<Trial>\\s*(?:<[A-Za-z_]+>[^<]*</[A-Za-z_]+>\\s*)*<TrialID>", Pattern.DOTALL);

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * 2: titles lose registry placeholders ("… - Not applicable", "In preparation"). 3: an EU record's
     * population section (F.1) is taken off its inclusion criteria. 4: outcome lines after a bulleted list
     * are kept (they were dropped) and hard-wrapped outcome lines joined; EU design labels left blank
     * are no wording, and an EU design list answered all 'no' is read as unanswered; a bulleted
     * outcome list is split by its bullets before any ';', and a ';' item's lines that end a sentence end it;
     * a numbered list flattened into one line ('1. …  2. …', '1. ….,2. …') is broken into its items again; an outcome that is
     * only a placeholder ('Not applicable.', 'None') is no outcome (its text is kept in the description);
     * an eligibility text the export repeats whole is read once, and a repeated intervention once; an observational study
     * has no phase (ChiCTR's '0' was Early Phase 1); a jRCT product heading ('control material(s)') goes
     * with the product it heads, and an EU product with neither name nor INN is named by its product code; a jRCT outcome
     * category line ('safety', 'efficacy') heads the outcomes under it. Criteria limits written '=18 years' or '* 10' (a
     * '≥'/'≤' the export lost) are named in a warning.
     */
    @Override
    public int version() {
        return 4;
    }

    @Override
    public Detection detect(DocumentHead head) {
        String text = head.trimmedText();
        if (!text.startsWith("<")) {
            return Detection.no("not XML");
        }
        if (ROOT_TAG.matcher(text).find()) {
            return Detection.of(Detection.CERTAIN, "root element " + ROOT);
        }
        if (BARE_TRIAL.matcher(text).lookingAt()) {
            return Detection.of(Detection.LIKELY, "root element Trial with a TrialID");
        }
        return Detection.no("no " + ROOT + " element");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        Progress progress = new Progress();
        try (InputStream in = document.open()) {
            XMLStreamReader reader = SafeXml.open(in);
            try {
                readTrials(reader, sink, progress);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            sink.fail(progress.breakLocation(), progress.breakReason(e));
        } catch (IOException e) {
            sink.fail(null, "the file could not be read: " + e.getMessage());
        }
    }

    private static void readTrials(XMLStreamReader reader, RecordSink sink, Progress progress) throws XMLStreamException {
        boolean rootSeen = false;
        while (reader.hasNext()) {
            int event = reader.next();
            SafeXmlEvents.refuseEntities(reader);
            if (event != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (!rootSeen && !name.equals(ROOT) && !name.equals(TRIAL)) {
                sink.fail(null, "not an ICTRP export: the root element is <" + name + ">, not <" + ROOT + ">");
                return;
            }
            rootSeen = true;
            if (name.equals(TRIAL)) {
                if (sink.cancelled()) {
                    return;
                }
                progress.started++;
                TrialElementReader.Element trial = TrialElementReader.read(reader);
                progress.completed++;
                progress.lastId = trial.fields().get("TrialID");
                handOn(trial, progress.completed, sink);
            }
        }
        if (!rootSeen) {
            sink.fail(null, "the document is empty: no ICTRP " + ROOT + " element");
        } else if (progress.completed == 0) {
            sink.fail(null, "the ICTRP export contains no <Trial> records");
        }
    }

    private static void handOn(TrialElementReader.Element trial, int number, RecordSink sink) {
        String id = trial.fields().get("TrialID");
        String location = "Trial " + number + (id == null || id.isBlank() ? "" : " (" + id.strip() + ")");
        try {
            IctrpTrialMapper.Mapped mapped = IctrpTrialMapper.map(trial.fields(), location);
            sink.accept(new ParsedRecord(mapped.trial(), trial.raw(), location, mapped.warnings()));
        } catch (IctrpTrialMapper.Unreadable e) {
            sink.fail(location, e.getMessage());
        } catch (RuntimeException e) {
            // a value the model refuses (a defect in this reader, not in the data): report, go on
            sink.fail(location, "the record could not be mapped: " + e.getMessage());
        }
    }

    /** How far reading got, to say where a broken file broke. */
    private static final class Progress {
        int started;
        int completed;
        String lastId;

        String breakLocation() {
            if (started > completed) {
                return "Trial " + started;
            }
            return completed == 0 ? null : "after Trial " + completed + (lastId == null ? "" : " (" + lastId.strip() + ")");
        }

        String breakReason(XMLStreamException e) {
            String what = SafeXml.describe(e);
            if (completed == 0) {
                return what;
            }
            return what + "; the " + completed + " complete trial(s) before this point were read, the rest of the file could not be";
        }
    }
}
