package org.trialworkbench.importer.ctgov;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SafeJson;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.model.Trial;

/**
 * ClinicalTrials.gov API v2 study JSON ({@code ctgov-json}) in its three shapes: one study object,
 * a JSON array of studies (the website's bulk download) and an API page
 * {@code {"studies": [...], "nextPageToken": ...}}. Studies are streamed one at a time; each
 * record's raw bytes are that study alone, re-serialized compactly. Locations are {@code [3]},
 * {@code studies[3]} or {@code study}.
 */
public final class CtgovJsonImporter implements TrialImporter {
    public static final String FORMAT = "ctgov-json";

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * 2: texts lose their Markdown escapes. 3: ids and sponsor read as the legacy importers read them (a
     * registry number typed REGISTRY with its domain's registry, an org study id that is a EudraCT
     * number as that registry id, a "[Redacted]" lead sponsor left empty); dates carry their type (actual or
     * estimated).
     */
    @Override
    public int version() {
        return 3;
    }

    @Override
    public Detection detect(DocumentHead head) {
        return CtgovDetection.json(head, "protocolSection", "API v2 study JSON", "FullStudiesResponse", "identificationModule");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        JsonStudyStream.read(document, sink, CtgovJsonImporter::readTop, CtgovJsonImporter::handle);
    }

    private static void readTop(JsonParser p, JsonToken first, JsonStudyStream stream) throws IOException {
        if (first == JsonToken.START_ARRAY) {
            stream.array("");
        } else if (first == JsonToken.START_OBJECT) {
            readObject(p, stream);
        } else {
            stream.failDocument("the document is a single JSON " + (first.isNumeric() ? "number"
                    : first == JsonToken.VALUE_STRING ? "text" : "value") + ", not a study, a list of studies or a page of studies");
        }
    }

    /** A page object streams its "studies"; any other object is taken as one study and read whole. */
    private static void readObject(JsonParser p, JsonStudyStream stream) throws IOException {
        ObjectNode single = SafeJson.MAPPER.createObjectNode();
        boolean page = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("studies") && value != JsonToken.START_ARRAY) {
                stream.failDocument("the page's \"studies\" member is not a list of studies");
                return;
            }
            if (name.equals("studies")) {
                page = true;
                stream.array("studies");
                if (stream.sink().cancelled()) {
                    return;
                }
            } else if (page) {
                p.skipChildren();
            } else {
                single.set(name, p.readValueAsTree());
            }
        }
        if (!page) {
            stream.single(single, "study");
        }
    }

    private static void handle(JsonNode study, String location, RecordSink sink) {
        MappingLog log = new MappingLog(location);
        try {
            if (study == null || !study.isObject()) {
                throw new StudyShapeException("the study is " + (study == null ? "null" : study.getNodeType().name().toLowerCase(java.util.Locale.ROOT)) + ", not an object");
            }
            Trial trial = V2StudyMapper.map(JsonField.markdownRoot(study, ""), log);
            sink.accept(new ParsedRecord(trial, SafeJson.MAPPER.writeValueAsBytes(study), location, log.warnings()));
        } catch (StudyShapeException e) {
            sink.fail(location, e.getMessage());
        } catch (JsonProcessingException | RuntimeException e) {
            // defensive: a value the model refuses must fail this record, not the import
            sink.fail(location, "the study could not be read: " + e.getMessage());
        }
    }
}
