package org.trialworkbench.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Trial;

/**
 * Marks the exported objects whose values a reviewer corrected: a criterion, threshold, outcome
 * or cohort gets {@code "corrected": ["field", ...]} naming the fields that show corrected
 * values (the originals are in the trial's {@code corrections}). Corrections whose source
 * changed are not applied, so they mark nothing. The mark is derived on every write and ignored
 * on reading.
 */
final class CorrectionMarks {
    static final String FIELD = "corrected";

    private CorrectionMarks() {
    }

    static void mark(ObjectNode trialNode, Trial trial) {
        for (Correction c : trial.corrections()) {
            if (!c.sourceChanged()) {
                ObjectNode target = find(trialNode, c.target());
                if (target != null) {
                    ArrayNode fields = target.has(FIELD) ? (ArrayNode) target.get(FIELD) : target.putArray(FIELD);
                    fields.add(c.field());
                }
            }
        }
    }

    /** The object of criterion:K, criterion:K/threshold:N, outcome:K or cohort:K; null when absent. */
    private static ObjectNode find(ObjectNode trialNode, String target) {
        int colon = target.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String type = target.substring(0, colon);
        String key = target.substring(colon + 1);
        String threshold = null;
        int slash = key.indexOf("/threshold:");
        if (slash >= 0) {
            threshold = key.substring(slash + "/threshold:".length());
            key = key.substring(0, slash);
        }
        JsonNode list = switch (type) {
            case "criterion" -> trialNode.path("eligibility").path("criteria");
            case "outcome" -> trialNode.path("outcomes");
            case "cohort" -> trialNode.path("cohorts");
            default -> null;
        };
        ObjectNode item = list == null ? null : byKey(list, key);
        if (item == null || threshold == null) {
            return item;
        }
        JsonNode t = item.path("thresholds").path(parseIndex(threshold));
        return t instanceof ObjectNode o ? o : null;
    }

    private static ObjectNode byKey(JsonNode list, String key) {
        for (JsonNode n : list) {
            if (n instanceof ObjectNode o && key.equals(o.path("key").asText(null))) {
                return o;
            }
        }
        return null;
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
