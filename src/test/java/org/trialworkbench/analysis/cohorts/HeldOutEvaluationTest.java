package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Cohort;

/**
 * Measures the reader on the held-out records (split by a fixed rule before they were read; see
 * src/test/resources/analysis/cohort-evaluation.md). The first run read 5 of 9 right; after general
 * fixes made once the misses were seen, 8 of 9 (no longer a held-out figure). The floor guards the
 * current figure against regressions; each miss is printed.
 */
class HeldOutEvaluationTest {
    private static final int CURRENT_RIGHT = 8;

    @Test
    void readsHeldOutRecordsAtLeastAsWellAsTheRecordedFigure() {
        CohortReader reader = new CohortReader();
        List<JsonNode> records = RecordCases.load("/analysis/cohorts/held-out-records.json");
        int right = 0;
        for (JsonNode record : records) {
            List<Cohort> cohorts = reader.read(RecordCases.trial(record));
            List<String> differences = CohortExpectation.differences(record.get("expected"), cohorts);
            if (differences.isEmpty()) {
                right++;
            } else {
                System.out.println("held-out miss " + record.get("id").asText() + ": " + differences);
            }
        }
        System.out.println("held-out read right: " + right + " of " + records.size());
        assertThat(records).hasSize(9);
        assertThat(right).isGreaterThanOrEqualTo(CURRENT_RIGHT);
    }
}
