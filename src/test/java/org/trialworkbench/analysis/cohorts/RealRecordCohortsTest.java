package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trialworkbench.model.Cohort;

/**
 * The tuning set: real early-phase and dose-cohort records from /work/shared/registry-samples (see
 * src/test/resources/analysis/cohort-evaluation.md for how they were split from the held-out set).
 */
class RealRecordCohortsTest {
    private static final String TUNING = "/analysis/cohorts/tuning-records.json";
    private final CohortReader reader = new CohortReader();

    static Stream<Arguments> tuningRecords() {
        return RecordCases.load(TUNING).stream().map(c -> Arguments.of(c.get("id").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tuningRecords")
    void readsCohortCountSizesDosesAndAdministrations(String id, JsonNode record) {
        JsonNode expected = record.get("expected");
        Assumptions.assumeTrue(expected.get("knownMiss") == null,
                () -> "known gap: " + expected.get("knownMiss").asText());
        List<Cohort> cohorts = reader.read(RecordCases.trial(record));
        assertThat(CohortExpectation.differences(expected, cohorts)).as(id).isEmpty();
    }

    @Test
    void tuningSetHoldsAtLeastTwentyDoseCohortRecords() {
        long withCohorts = RecordCases.load(TUNING).stream()
                .filter(c -> c.get("expected").get("cohorts").size() > 0).count();
        assertThat(withCohorts).isGreaterThanOrEqualTo(20);
    }

    @Test
    void keepsRuleTextAsGateOfEveryStepButTheLast() {
        JsonNode record = RecordCases.load(TUNING).stream()
                .filter(c -> c.get("id").asText().equals("NCT06898385")).findFirst().orElseThrow();
        List<Cohort> cohorts = reader.read(RecordCases.trial(record));
        assertThat(cohorts.get(0).gate()).contains("\"3 + 3\" dose escalation design");
        assertThat(cohorts.get(1).gate()).isNull();
    }

    @Test
    void readsRadiotherapyFractionsAsAdministrationsWithStatedTotal() {
        JsonNode record = RecordCases.load(TUNING).stream()
                .filter(c -> c.get("id").asText().equals("NCT00023673")).findFirst().orElseThrow();
        List<Cohort> cohorts = reader.read(RecordCases.trial(record));
        assertThat(cohorts).extracting(c -> c.cumulativeDose().value()).containsExactly(75.25, 74.0, 70.0);
        assertThat(cohorts).extracting(Cohort::intervention).containsOnly("three-dimensional conformal radiation therapy");
        assertThat(cohorts).allSatisfy(c -> assertThat(c.label()).startsWith("Phase I:"));
    }
}
