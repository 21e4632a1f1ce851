package org.trialworkbench.analysis.cohorts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.trialworkbench.model.Cohort;

/** Developer aid, off by default: prints what the reader makes of the tuning records. */
@EnabledIfSystemProperty(named = "cohorts.print", matches = ".+")
class PrintCohortsDev {
    @Test
    void print() {
        CohortReader reader = new CohortReader();
        for (JsonNode c : RecordCases.load(System.getProperty("cohorts.print"))) {
            System.out.println("=== " + c.get("id").asText());
            for (Cohort k : reader.read(RecordCases.trial(c))) {
                System.out.println("  " + k.key() + " | " + k.label() + " | size=" + k.size() + " | " + k.intervention()
                        + " | dose=" + k.dose() + " | n=" + k.administrations() + " | int=" + k.interval()
                        + " | cum=" + k.cumulativeDose() + " | gate=" + k.gate() + " | doseText=" + k.doseText());
            }
        }
    }
}
