package org.trialworkbench.importer.ctgov;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SafeJson;
import org.trialworkbench.importer.SourceDocument;

/**
 * Streams the studies of a JSON document one at a time: the format-specific {@link Layout} walks
 * to the list of studies, {@link #array(String)} reads each element as a tree and hands it to the
 * {@link StudyHandler}, so a list of thousands of studies is never held whole. A JSON error stops
 * the reading with a failure at the record where it happened; records before it are kept.
 */
public final class JsonStudyStream {

    /** Walks the document from its first token to the studies, calling {@link #array} or {@link #single}. */
    public interface Layout {
        void read(JsonParser parser, JsonToken first, JsonStudyStream stream) throws IOException;
    }

    /** Maps one study (any JSON value, checked by the handler) and hands it to the sink. */
    public interface StudyHandler {
        void handle(JsonNode study, String location, RecordSink sink);
    }

    private final JsonParser parser;
    private final RecordSink sink;
    private final StudyHandler handler;
    private String location;
    private int count;
    private boolean documentFailed;

    private JsonStudyStream(JsonParser parser, RecordSink sink, StudyHandler handler) {
        this.parser = parser;
        this.sink = sink;
        this.handler = handler;
    }

    /** Reads a whole document; every failure goes to the sink, nothing is thrown. */
    public static void read(SourceDocument document, RecordSink sink, Layout layout, StudyHandler handler) {
        JsonStudyStream stream = null;
        try (InputStream in = document.open(); JsonParser parser = SafeJson.FACTORY.createParser(in)) {
            stream = new JsonStudyStream(parser, sink, handler);
            JsonToken first = parser.nextToken();
            if (first == null) {
                sink.fail(null, "the document is empty");
                return;
            }
            layout.read(parser, first, stream);
            stream.finish();
        } catch (JsonProcessingException e) {
            String where = stream == null ? null : stream.location;
            String rest = where == null ? "" : "; reading stopped here, " + stream.count + " studies before it were read";
            sink.fail(where, SafeJson.describe(e) + rest);
        } catch (IOException e) {
            sink.fail(null, "the document could not be read: " + e.getMessage());
        }
    }

    /** Streams the elements of the array the parser stands on (START_ARRAY), located as prefix[i]. */
    public void array(String prefix) throws IOException {
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null,
                        "Unexpected end-of-input: the list of studies is not closed");
            }
            if (sink.cancelled()) {
                return;
            }
            location = prefix + "[" + index++ + "]";
            JsonNode study = parser.readValueAsTree();
            count++;
            handler.handle(study, location, sink);
        }
        location = null;
    }

    /** Hands a single study that the layout read whole. */
    public void single(JsonNode study, String where) {
        location = where;
        count++;
        handler.handle(study, where, sink);
        location = null;
    }

    public RecordSink sink() {
        return sink;
    }

    /** The document as a whole is not in the layout's shape: reported once, nothing more is said. */
    public void failDocument(String reason) {
        documentFailed = true;
        sink.fail(null, reason);
    }

    private void finish() throws IOException {
        if (sink.cancelled() || documentFailed) {
            return;
        }
        if (parser.nextToken() != null) {
            sink.fail(null, "the document goes on after its JSON value ended; the rest was not read");
        } else if (count == 0) {
            sink.fail(null, "the document holds no studies");
        }
    }
}
