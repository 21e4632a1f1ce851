package org.trialworkbench.importer.workbench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SafeJson;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.json.WorkbenchJson;
import org.trialworkbench.model.Trial;

/**
 * The product's own export ({@code format: trial-workbench-export}), read back with its trials,
 * sources and annotations as exported. Also reads a single exported trial object, which is what
 * the store keeps as the raw bytes of a restored trial. Streams the {@code trials} array.
 */
public final class WorkbenchJsonImporter implements TrialImporter {
    public static final String FORMAT = "workbench-json";

    private final WorkbenchJson codec = new WorkbenchJson(SafeJson.MAPPER);

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(DocumentHead head) {
        String text = head.trimmedText();
        if (!text.startsWith("{")) {
            return Detection.no("not a JSON object");
        }
        if (text.contains("\"" + WorkbenchJson.FORMAT + "\"")) {
            return Detection.of(Detection.CERTAIN, "format is " + WorkbenchJson.FORMAT);
        }
        if (text.contains("\"registryIds\"") && text.contains("\"briefTitle\"") && text.contains("\"eligibility\"")) {
            return Detection.of(Detection.LIKELY, "a single exported trial object");
        }
        return Detection.no("no trial-workbench-export marker");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        try (InputStream in = document.open(); JsonParser p = SafeJson.FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                sink.fail(null, "not a Trial Workbench export: the document is not a JSON object");
                return;
            }
            readObject(p, sink);
        } catch (IOException e) {
            sink.fail(null, SafeJson.describe(e));
        }
    }

    private void readObject(JsonParser p, RecordSink sink) throws IOException {
        boolean sawTrials = false;
        boolean sawFormat = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("format".equals(field)) {
                sawFormat = true;
                if (!WorkbenchJson.FORMAT.equals(p.getValueAsString())) {
                    sink.fail(null, "not a Trial Workbench export: format is '" + p.getValueAsString() + "'");
                    return;
                }
            } else if ("schemaVersion".equals(field) && p.getIntValue() != WorkbenchJson.SCHEMA_VERSION) {
                sink.fail(null, "export schema version " + p.getText() + " is not supported (this build reads version "
                        + WorkbenchJson.SCHEMA_VERSION + ")");
                return;
            } else if ("trials".equals(field) && value == JsonToken.START_ARRAY) {
                sawTrials = true;
                readTrials(p, sink);
            } else if (!sawFormat && ("id".equals(field) || "briefTitle".equals(field))) {
                readSingleTrial(p, field, sink);
                return;
            } else {
                p.skipChildren();
            }
        }
        if (!sawTrials) {
            sink.fail(null, "not a Trial Workbench export: no trials array");
        }
    }

    private void readTrials(JsonParser p, RecordSink sink) throws IOException {
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (sink.cancelled()) {
                return;
            }
            String location = "trials[" + index++ + "]";
            if (p.currentToken() != JsonToken.START_OBJECT) {
                sink.fail(location, "expected a trial object, found " + p.currentToken());
                p.skipChildren();
                continue;
            }
            JsonNode node = p.readValueAsTree();
            emit(node, location, sink);
        }
    }

    /** A bare trial object: the parser has read its first field name already. */
    private void readSingleTrial(JsonParser p, String firstField, RecordSink sink) throws IOException {
        var node = SafeJson.MAPPER.createObjectNode();
        node.set(firstField, p.readValueAsTree());
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            node.set(field, p.readValueAsTree());
        }
        emit(node, "trial", sink);
    }

    private void emit(JsonNode node, String location, RecordSink sink) {
        try {
            Trial trial = codec.fromTree(node);
            sink.accept(new ParsedRecord(trial, codec.toBytes(trial), location, java.util.List.of()));
        } catch (IOException e) {
            sink.fail(location + " (" + node.path("id").asText("no id") + ")",
                    "the trial does not fit the export schema: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable value";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
