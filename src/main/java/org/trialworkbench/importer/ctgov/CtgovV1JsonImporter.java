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
 * The retired ClinicalTrials.gov API v1 JSON ({@code ctgov-v1-json}):
 * {@code {"FullStudiesResponse": {"FullStudies": [{"Rank": 1, "Study": {...}}]}}}. Studies are
 * streamed one at a time and located as {@code FullStudies[i]}. A record's raw bytes are its one
 * entry wrapped as a one-study response, so stored raw bytes are read again by this importer.
 */
public final class CtgovV1JsonImporter implements TrialImporter {
    public static final String FORMAT = "ctgov-v1-json";

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * 2: a registry number typed "Registry Identifier" is read with its domain's registry ("ISRCTN");
     * an org study id that is a EudraCT number is read as that registry id; a "[Redacted]" lead
     * sponsor is left empty; dates carry their type ("Anticipated").
     */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public Detection detect(DocumentHead head) {
        return CtgovDetection.json(head, "FullStudiesResponse", "API v1 FullStudiesResponse JSON", "protocolSection",
                "ProtocolSection");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        JsonStudyStream.read(document, sink, CtgovV1JsonImporter::readTop, CtgovV1JsonImporter::handle);
    }

    private static void readTop(JsonParser p, JsonToken first, JsonStudyStream stream) throws IOException {
        if (first != JsonToken.START_OBJECT) {
            stream.failDocument("the document is not a JSON object with FullStudiesResponse");
            p.skipChildren();
            return;
        }
        boolean found = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("FullStudiesResponse") && value == JsonToken.START_OBJECT) {
                found = readResponse(p, stream);
                if (stream.sink().cancelled()) {
                    return;
                }
            } else {
                p.skipChildren();
            }
        }
        if (!found) {
            stream.failDocument("no FullStudiesResponse.FullStudies list: not an API v1 full-studies response");
        }
    }

    private static boolean readResponse(JsonParser p, JsonStudyStream stream) throws IOException {
        boolean found = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("FullStudies") && value == JsonToken.START_ARRAY) {
                found = true;
                stream.array("FullStudies");
                if (stream.sink().cancelled()) {
                    return true;
                }
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    private static void handle(JsonNode entry, String location, RecordSink sink) {
        MappingLog log = new MappingLog(location);
        try {
            if (entry == null || !entry.isObject()) {
                throw new StudyShapeException("the entry is not an object with a Study");
            }
            Trial trial = V1StudyMapper.map(JsonField.root(entry, ""), log);
            sink.accept(new ParsedRecord(trial, raw(entry), location, log.warnings()));
        } catch (StudyShapeException e) {
            sink.fail(location, e.getMessage());
        } catch (JsonProcessingException | RuntimeException e) {
            // defensive: a value the model refuses must fail this record, not the import
            sink.fail(location, "the study could not be read: " + e.getMessage());
        }
    }

    private static byte[] raw(JsonNode entry) throws JsonProcessingException {
        ObjectNode response = SafeJson.MAPPER.createObjectNode();
        response.putObject("FullStudiesResponse").putArray("FullStudies").add(entry);
        return SafeJson.MAPPER.writeValueAsBytes(response);
    }
}
