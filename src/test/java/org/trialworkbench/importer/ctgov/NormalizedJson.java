package org.trialworkbench.importer.ctgov;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.trialworkbench.importer.ParsedRecord;

/** Test-only: a parsed record as normalized JSON (the trial's record components plus the warnings). */
final class NormalizedJson {
    // record components only: derived is-getters (Design.isEmpty, RegistryId.ofSponsor) are not data
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    private NormalizedJson() {
    }

    static JsonNode of(ParsedRecord record) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("location", record.location());
        node.set("trial", MAPPER.valueToTree(record.trial()));
        node.set("warnings", MAPPER.valueToTree(record.warnings().stream().map(w -> w.message()).toList()));
        return node;
    }
}
