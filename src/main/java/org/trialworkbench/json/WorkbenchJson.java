package org.trialworkbench.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Trial;

/**
 * Reads and writes the workbench export. The records map one to one onto the schema's objects;
 * the few spellings that differ (comparator symbols, ISO instants) are handled by a module here,
 * so the model stays free of Jackson.
 */
public final class WorkbenchJson {
    public static final String FORMAT = "trial-workbench-export";
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper;

    public WorkbenchJson(ObjectMapper base) {
        this.mapper = base.copy()
                .registerModule(new JavaTimeModule())
                .registerModule(comparatorModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public WorkbenchJson() {
        this(new ObjectMapper());
    }

    /**
     * Writes a whole export document. Trials are written as given: an export passes their
     * corrected views, whose corrected values are then marked (see {@link CorrectionMarks}) and
     * whose {@code corrections} carry the original readings.
     */
    public void write(List<Trial> trials, Instant exportedAt, Writer out) throws IOException {
        // The caller owns the writer (it may be standard output): don't close it.
        try (JsonGenerator g = mapper.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("exportedAt", exportedAt.toString());
            g.writeArrayFieldStart("trials");
            for (Trial trial : trials) {
                mapper.writeTree(g, toTree(trial));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** One trial as a JSON tree (used for a record's raw bytes). */
    public ObjectNode toTree(Trial trial) {
        ObjectNode tree = mapper.valueToTree(trial);
        CorrectionMarks.mark(tree, trial);
        return tree;
    }

    public byte[] toBytes(Trial trial) throws IOException {
        return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(toTree(trial));
    }

    /**
     * A trial from its JSON tree. Throws {@link IOException} with a readable message when the tree
     * does not fit the schema (missing id or title, a value of the wrong type).
     */
    public Trial fromTree(JsonNode node) throws IOException {
        try {
            return mapper.treeToValue(node, Trial.class);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static SimpleModule comparatorModule() {
        SimpleModule module = new SimpleModule("workbench-json");
        module.addSerializer(Comparator.class, new JsonSerializer<>() {
            @Override
            public void serialize(Comparator value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.symbol());
            }
        });
        module.addDeserializer(Comparator.class, new JsonDeserializer<>() {
            @Override
            public Comparator deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return Comparator.fromSymbol(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        });
        return module;
    }
}
