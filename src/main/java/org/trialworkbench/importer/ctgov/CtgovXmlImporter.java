package org.trialworkbench.importer.ctgov;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SafeXml;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.model.Trial;

/**
 * The legacy ClinicalTrials.gov XML record ({@code ctgov-xml}): one {@code <clinical_study>} per
 * file, as in the AllPublicXML download and the retired "?displayxml=true" pages. Read through
 * {@link SafeXml}: a DOCTYPE or entity fails the file cleanly. The record's raw bytes are the file.
 */
public final class CtgovXmlImporter implements TrialImporter {
    public static final String FORMAT = "ctgov-xml";
    /** Real records reach about 1 MB; anything far larger is refused before parsing. */
    static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final String ROOT = "clinical_study";

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * 2: line breaks written as {@code &#xD;} outside textblocks read as plain line breaks; an org
     * study id that is a EudraCT number is read as that registry id; a "[Redacted]" lead sponsor is
     * left empty; dates carry their type ({@code type="Anticipated"}).
     */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public Detection detect(DocumentHead head) {
        if (!head.trimmedText().startsWith("<")) {
            return Detection.no("not XML: the document does not start with <");
        }
        String root = CtgovDetection.xmlRoot(head);
        if (ROOT.equals(root)) {
            return Detection.of(95, "ClinicalTrials.gov legacy XML: root element clinical_study");
        }
        return Detection.no(root == null ? "no XML root element in the head" : "XML with root element " + root + ", not clinical_study");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        byte[] bytes;
        try (InputStream in = document.open()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            sink.fail(null, "the file could not be read: " + e.getMessage());
            return;
        }
        if (bytes.length > MAX_BYTES) {
            sink.fail(null, "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; no ClinicalTrials.gov record is");
            return;
        }
        if (bytes.length == 0) {
            sink.fail(null, "the document is empty");
            return;
        }
        read(bytes, sink);
    }

    /** The parser's reason, with the JDK's wording for a cut-off file said plainly. */
    private static String describe(XMLStreamException e) {
        String reason = SafeXml.describe(e);
        return reason.replace("XML document structures must start and end within the same entity.",
                "the file ends before the record is complete (cut off?)");
    }

    private static void read(byte[] bytes, RecordSink sink) {
        XmlElement root;
        try {
            root = XmlTreeReader.read(new ByteArrayInputStream(bytes));
        } catch (XMLStreamException e) {
            sink.fail(null, describe(e));
            return;
        }
        if (!ROOT.equals(root.name())) {
            sink.fail(null, "the root element is <" + root.name() + ">, not <clinical_study>");
            return;
        }
        String location = "clinical_study";
        MappingLog log = new MappingLog(location);
        try {
            Trial trial = XmlStudyMapper.map(root, log);
            sink.accept(new ParsedRecord(trial, bytes, location, log.warnings()));
        } catch (StudyShapeException e) {
            sink.fail(location, e.getMessage());
        } catch (RuntimeException e) {
            // defensive: a value the model refuses must fail this record, not the import
            sink.fail(location, "the study could not be read: " + e.getMessage());
        }
    }
}
