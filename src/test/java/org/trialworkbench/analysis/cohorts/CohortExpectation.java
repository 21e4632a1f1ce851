package org.trialworkbench.analysis.cohorts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Quantity;

/**
 * Compares read cohorts with a case's "expected": number of cohorts, then per cohort in order the
 * size, the dose per administration (value and unit) and the number of administrations.
 */
final class CohortExpectation {
    private CohortExpectation() {
    }

    /** Differences, empty when the cohorts are read right. */
    static List<String> differences(JsonNode expected, List<Cohort> actual) {
        List<String> out = new ArrayList<>();
        JsonNode cohorts = expected.get("cohorts");
        if (cohorts.size() != actual.size()) {
            out.add("count: expected " + cohorts.size() + " but read " + actual.size());
            return out;
        }
        for (int i = 0; i < actual.size(); i++) {
            JsonNode e = cohorts.get(i);
            Cohort a = actual.get(i);
            Integer size = e.get("size").isNull() ? null : e.get("size").asInt();
            Integer administrations = e.get("administrations").isNull() ? null : e.get("administrations").asInt();
            Quantity dose = e.get("dose").isNull() ? null
                    : new Quantity(e.get("dose").get(0).asDouble(), e.get("dose").get(1).asText());
            check(out, a.key() + " size", size, a.size());
            check(out, a.key() + " administrations", administrations, a.administrations());
            if (!sameDose(dose, a.dose())) {
                out.add(a.key() + " dose: expected " + dose + " but read " + a.dose());
            }
        }
        return out;
    }

    private static void check(List<String> out, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(what + ": expected " + expected + " but read " + actual);
        }
    }

    private static boolean sameDose(Quantity expected, Quantity actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        return expected.unit().equals(actual.unit())
                && Math.abs(expected.value() - actual.value()) <= 1e-9 * Math.abs(expected.value());
    }
}
