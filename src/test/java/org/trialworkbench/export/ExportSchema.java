package org.trialworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The contract's export schema (a copy of ../shared/contract, checked equal by a test) as a validator. */
public final class ExportSchema {
    private static final String RESOURCE = "/contract/trial-export.schema.json";
    private static final JsonSchema SCHEMA = load();

    private ExportSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = ExportSchema.class.getResourceAsStream(RESOURCE)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            // The contract's $id is relative; the validator wants it resolved against a base.
            JsonNode schema = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("https://trial-workbench.invalid/contract/trial-export.schema.json"), schema, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<ValidationMessage> violations(String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            return SCHEMA.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the test with the first violations when the JSON does not match the contract. */
    public static void assertValid(String json) {
        assertThat(violations(json)).as("schema violations").isEmpty();
    }
}
