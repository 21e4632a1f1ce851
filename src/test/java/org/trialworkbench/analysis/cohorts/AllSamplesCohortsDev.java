package org.trialworkbench.analysis.cohorts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.trialworkbench.model.Cohort;

/**
 * Developer aid, off by default (-Dcohorts.allSamples=true): prints what the reader makes of every
 * study in /work/shared/registry-samples, one line per cohort, so two versions of the reader can be
 * diffed for new readings outside the fixtures.
 */
@EnabledIfSystemProperty(named = "cohorts.allSamples", matches = "true")
class AllSamplesCohortsDev {
    @Test
    void print() {
        CohortReader reader = new CohortReader();
        for (SampleStudies.Study s : SampleStudies.all()) {
            for (Cohort k : reader.read(RecordCases.trial(s.fields()))) {
                System.out.println("ALL " + s.id() + " " + k.key() + " | " + k.label() + " | size=" + k.size() + " | "
                        + k.intervention() + " | dose=" + k.dose() + " | n=" + k.administrations() + " | int=" + k.interval()
                        + " | doseText=" + k.doseText());
            }
        }
    }

    /** With -Dcohorts.dump=ID,ID: prints the fields the reader sees for those studies. */
    @Test
    void dump() {
        java.util.List<String> ids = java.util.List.of(System.getProperty("cohorts.dump", "").split(","));
        SampleStudies.all().stream().filter(s -> ids.contains(s.id())).forEach(s -> System.out.println("DUMP " + s.fields().toPrettyString()));
    }
}
