package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscalationNamesTest {
    private static List<EscalationStep> steps(String labels) {
        return Arrays.stream(labels.split(";")).map(String::strip)
                .map(l -> new EscalationStep(l, null, null, null, null, null, null, null, l)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a group named before its dose levels
        "Cohort A: Dose Level 1; Cohort A: Dose Level 2; Cohort B: Dose Level 1 | Cohort A, Cohort A, Cohort B",
        "Part 1: Drug X DL 1 + Y; Part 1: Drug X DL 2 + Y; Part 2: Drug X DL 1 + Y | Part 1, Part 1, Part 2",
        "Arm 1 - dose level -1; Arm 2 - dose level 1 | Arm 1, Arm 2",
        // arms that are each a whole escalation
        "Part 1A: Dose Escalation NSCLC; Part 1B: Dose Escalation CRC | Part 1A: Dose Escalation NSCLC, Part 1B: Dose Escalation CRC",
        "Monotherapy dose-escalation; Combination dose escalation | Monotherapy dose-escalation, Combination dose escalation",
        // one escalation: nothing named
        "Dose Level 1: 0.5 mg/kg; Dose Level 2: 1 mg/kg | null, null",
        "Cohort 1: 1 x 10^7 cells; Cohort 2: 3 x 10^7 cells | null, null",
        "Part A dose escalation | null",
        "Part 1: Drug X DL 1; Part 1: Drug X DL 2 | null, null",
        // one step without a name: the labels do not tell the escalations apart
        "Cohort A: Dose Level 1; Cohort B: Dose Level 1; Expansion | null, null, null"})
    void namesParallelEscalationsFromArmLabels(String labels, String expected) {
        List<String> names = EscalationNames.ofArmSteps(steps(labels)).stream().map(EscalationStep::escalation)
                .map(String::valueOf).toList();
        assertThat(names).containsExactly(expected.split(", "));
    }
}
