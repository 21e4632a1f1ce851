package org.trialworkbench.analysis.cohorts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Developer aid, off by default: lists the records the second-blind rule selects and writes them,
 * without expectations, to the file named by -Dcohorts.blind2.skeleton (the start of
 * blind-2-records.json; "expected" is then written by hand from the texts).
 */
@EnabledIfSystemProperty(named = "cohorts.blind2.skeleton", matches = ".+")
class SecondBlindSelectionDev {
    @Test
    void listAndWriteSkeleton() throws IOException {
        List<SampleStudies.Study> selected =
                SecondBlindSelection.select(SampleStudies.all(), SecondBlindSelection.earlierFixtureIds());
        ObjectMapper json = new ObjectMapper();
        ArrayNode out = json.createArrayNode();
        for (SampleStudies.Study s : selected) {
            System.out.println("selected " + s.id() + " " + s.fields().get("source").asText());
            out.add(s.fields().deepCopy().putNull("expected"));
        }
        System.out.println("selected " + selected.size());
        json.writerWithDefaultPrettyPrinter().writeValue(Path.of(System.getProperty("cohorts.blind2.skeleton")).toFile(), out);
    }
}
