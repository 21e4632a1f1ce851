package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second blind fixture is exactly what the selection rule picks from the shared samples, with
 * the reader's input fields as the sample files give them (no record added, dropped or edited).
 */
class SecondBlindSelectionTest {
    private static List<SampleStudies.Study> selected;
    private static List<JsonNode> fixture;

    @BeforeAll
    static void select() {
        Assumptions.assumeTrue(Files.isDirectory(SampleStudies.ROOT), "shared registry samples not present");
        selected = SecondBlindSelection.select(SampleStudies.all(), SecondBlindSelection.earlierFixtureIds());
        fixture = RecordCases.load("/analysis/cohorts/blind-2-records.json");
    }

    @Test
    void fixtureHoldsExactlyTheSelectedRecordsInPoolOrder() {
        assertThat(fixture.stream().map(r -> r.get("id").asText()))
                .containsExactlyElementsOf(selected.stream().map(SampleStudies.Study::id).toList());
    }

    @Test
    void fixtureFieldsAreTheSampleFieldsUnchanged() {
        for (int i = 0; i < fixture.size(); i++) {
            ObjectNode copy = ((ObjectNode) fixture.get(i)).deepCopy();
            copy.remove("expected");
            assertThat(copy).as(copy.get("id").asText()).isEqualTo(selected.get(i).fields());
        }
    }

    @Test
    void noRecordOfTheEarlierFixturesIsSelected() {
        assertThat(selected).extracting(SampleStudies.Study::id)
                .doesNotContainAnyElementsOf(SecondBlindSelection.earlierFixtureIds());
    }

    @Test
    void ruleMatchesEscalationWordsOnlyInTheReadersFields() {
        ObjectNode c = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        c.put("briefSummary", "A 3 + 3 design.");
        assertThat(SecondBlindSelection.mentionsEscalation(c)).isTrue();
        c.put("briefSummary", "Dose-finding part.");
        assertThat(SecondBlindSelection.mentionsEscalation(c)).isTrue();
        c.put("briefSummary", "Randomised, open label.");
        c.put("officialTitle", "Dose escalation");
        assertThat(SecondBlindSelection.mentionsEscalation(c)).isFalse();
        c.putArray("arms").addObject().putArray("interventionNames").add("Drug: X dose level 2");
        assertThat(SecondBlindSelection.mentionsEscalation(c)).isTrue();
    }
}
