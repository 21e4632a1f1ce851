package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
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

    private static JsonNode record(String set, String id) {
        return RecordCases.load(set).stream().filter(c -> c.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    /** Parallel escalations are named, each as the source words it; steps of one escalation share the name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NCT06361927 | cohort A, cohort A, cohort A, cohort B, cohort B, cohort B",
        "NCT06094296 | Part 1, Part 1, Part 2, Part 2",
        "NCT05786924 | Part 1A: Dose Escalation NSCLC, Part 1B: Dose Escalation GI Tumors, Part 1C: Dose Escalation PDAC,"
                + " Part 1D: Dose Escalation CRC, Part 1E: Dose Escalation Other Solid Tumors",
        "NCT04780217 | Single Agent T3011 Dose Escalation, T3011 Dose Escalation in Combination with Pembrolizumab"})
    void namesEachStepsEscalationWhenATrialEscalatesInParallel(String id, String escalations) {
        List<Cohort> cohorts = reader.read(RecordCases.trial(record(TUNING, id)));
        assertThat(cohorts).extracting(Cohort::escalation).containsExactly(escalations.split(", "));
    }

    @Test
    void theRuleGatesNoStepIntoAnotherEscalation() {
        List<Cohort> cohorts = reader.read(RecordCases.trial(record("/analysis/cohorts/held-out-records.json", "NCT04402008")));
        assertThat(cohorts).extracting(Cohort::escalation).containsExactly(
                "Phase 1: Once Daily Dosing", "Phase 1: Once Daily Dosing", "Phase 1: Once Daily Dosing",
                "Phase 1: Twice Daily Dosing", "Phase 1: Twice Daily Dosing", "Phase 1: Twice Daily Dosing");
        assertThat(cohorts).extracting(c -> c.gate() != null).containsExactly(true, true, false, true, true, false);
    }

    @Test
    void escalationsAreNamedOnlyWhereArmLabelsTellThemApart() {
        assertThat(RecordCases.load(TUNING).stream().map(RecordCases::trial).flatMap(t -> reader.read(t).stream()))
                .filteredOn(c -> c.escalation() != null).extracting(Cohort::escalation)
                .allMatch(e -> e.startsWith("cohort ") || e.startsWith("Part ") || e.contains("Dose Escalation"));
        assertThat(reader.read(RecordCases.trial(record(TUNING, "NCT06898385")))).allMatch(c -> c.escalation() == null);
        assertThat(reader.read(RecordCases.trial(record(TUNING, "NCT00023673")))).allMatch(c -> c.escalation() == null);
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
