package org.trialworkbench.analysis.cohorts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The selection rule of the second blind set (cohort-evaluation.md, "Second blind set"), fixed
 * before any record was read: the first occurrence of each trial id among the sample studies whose
 * arms, interventions, brief summary or detailed description speak of escalation or cohorts, minus
 * every NCT id already in the tuning or held-out fixtures. Test support only.
 */
final class SecondBlindSelection {
    static final Pattern ESCALATION_WORDS =
            Pattern.compile("escalat|dose level|cohort|3\\s*\\+\\s*3|dose[- ]finding", Pattern.CASE_INSENSITIVE);
    static final List<String> EARLIER_FIXTURES =
            List.of("/analysis/cohorts/tuning-records.json", "/analysis/cohorts/held-out-records.json");

    private SecondBlindSelection() {
    }

    /** The selected studies, in pool order. */
    static List<SampleStudies.Study> select(List<SampleStudies.Study> pool, Set<String> excluded) {
        Set<String> seen = new HashSet<>();
        List<SampleStudies.Study> out = new ArrayList<>();
        for (SampleStudies.Study s : pool) {
            if (!seen.add(s.id())) {
                continue;
            }
            boolean known = s.ids().stream().anyMatch(excluded::contains);
            if (!known && mentionsEscalation(s.fields())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The ids of the records already used for tuning or the first held-out measurement. */
    static Set<String> earlierFixtureIds() {
        Set<String> ids = new HashSet<>();
        for (String resource : EARLIER_FIXTURES) {
            RecordCases.load(resource).forEach(r -> ids.add(r.get("id").asText()));
        }
        return ids;
    }

    static boolean mentionsEscalation(JsonNode c) {
        List<JsonNode> texts = new ArrayList<>(List.of(c.path("briefSummary"), c.path("detailedDescription")));
        for (JsonNode a : c.path("arms")) {
            texts.add(a.path("label"));
            texts.add(a.path("description"));
            a.path("interventionNames").forEach(texts::add);
        }
        for (JsonNode i : c.path("interventions")) {
            texts.add(i.path("name"));
            texts.add(i.path("description"));
        }
        return texts.stream().filter(JsonNode::isTextual).anyMatch(t -> ESCALATION_WORDS.matcher(t.asText()).find());
    }
}
