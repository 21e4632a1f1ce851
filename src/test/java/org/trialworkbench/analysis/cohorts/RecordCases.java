package org.trialworkbench.analysis.cohorts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.Trial;

/**
 * Real registry records, cut down to the fields the cohort reader looks at (texts copied verbatim
 * from /work/shared/registry-samples; the file name is in each case's "source"), with the cohorts a
 * reviewer expects under "expected".
 */
final class RecordCases {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordCases() {
    }

    static List<JsonNode> load(String resource) {
        try (InputStream in = RecordCases.class.getResourceAsStream(resource)) {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(in).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Trial trial(JsonNode c) {
        Trial.Builder b = Trial.builder().id(c.get("id").asText()).briefTitle(c.get("id").asText())
                .phases(phases(c.get("phases")))
                .briefSummary(text(c, "briefSummary")).detailedDescription(text(c, "detailedDescription"));
        for (JsonNode a : c.get("arms")) {
            List<String> names = new ArrayList<>();
            a.get("interventionNames").forEach(n -> names.add(n.asText()));
            b.addArm(new Arm(a.get("label").asText(), armType(text(a, "type")), text(a, "description"), names));
        }
        for (JsonNode i : c.get("interventions")) {
            b.addIntervention(new Intervention(interventionType(text(i, "type")), i.get("name").asText(),
                    text(i, "description"), List.of()));
        }
        return b.build();
    }

    private static List<Phase> phases(JsonNode written) {
        List<Phase> out = new ArrayList<>();
        for (JsonNode p : written) {
            String v = p.asText().toUpperCase(Locale.ROOT);
            if (v.contains("EARLY")) {
                out.add(Phase.EARLY_PHASE1);
            } else if (v.matches(".*PHASE ?1.*")) {
                out.add(Phase.PHASE1);
            }
            if (v.matches(".*PHASE ?2.*")) {
                out.add(Phase.PHASE2);
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static String constant(String written) {
        return written.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static ArmType armType(String written) {
        return written == null ? null : ArmType.valueOf(constant(written));
    }

    private static InterventionType interventionType(String written) {
        return written == null ? null : InterventionType.valueOf(constant(written));
    }
}
