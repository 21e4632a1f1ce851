package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.model.Trial;

/**
 * Every ClinicalTrials.gov sample in /work/shared/registry-samples parses without a failure and
 * yields the record counts its README states (ctgov-json 119, ctgov-v1-json 205, ctgov-xml 59).
 */
class CtgovSampleCorpusTest {

    @Test
    void everyV2SampleParsesWithTheStatedRecordCounts() {
        Map<String, Integer> multi = Map.of("ctg-studies_NSCLC_100.json", 100, "search-page_KRAS_10.json", 10,
                "search-page_NCT00184067_NCT03934567.json", 2, "search-page_NCT05147467.json", 1);
        int total = assertCorpus(new CtgovJsonImporter(), CtgovSamples.shared("ctgov-json"), multi);
        assertThat(total).isEqualTo(119);
    }

    @Test
    void everyV1SampleParsesWithTheStatedRecordCounts() {
        Map<String, Integer> multi = Map.of("covid-19-search.json", 100, "results_1.json", 100, "results_2.json", 3);
        int total = assertCorpus(new CtgovV1JsonImporter(), CtgovSamples.shared("ctgov-v1-json"), multi);
        assertThat(total).isEqualTo(205);
    }

    @Test
    void everyXmlSampleParsesWithOneRecordEach() {
        int total = assertCorpus(new CtgovXmlImporter(), CtgovSamples.shared("ctgov-xml"), Map.of());
        assertThat(total).isEqualTo(59);
    }

    @Test
    void nsclcBulkDownloadKeepsOrderAndLocations() {
        CollectingSink sink = CtgovSamples.parse(new CtgovJsonImporter(),
                CtgovSamples.document(CtgovSamples.sharedFile("ctgov-json/ctg-studies_NSCLC_100.json")));
        assertThat(sink.records.get(0).trial().id()).isEqualTo("NCT06576635");
        assertThat(sink.records.get(0).location()).isEqualTo("[0]");
        assertThat(sink.records.get(99).trial().id()).isEqualTo("NCT04007835");
        assertThat(sink.records.get(99).location()).isEqualTo("[99]");
    }

    /** Parses each file, checks no failure and the expected count (1 when not listed); returns the total. */
    private static int assertCorpus(TrialImporter importer, List<Path> files, Map<String, Integer> multi) {
        int total = 0;
        for (Path file : files) {
            CollectingSink sink = CtgovSamples.parse(importer, CtgovSamples.document(file));
            String name = file.getFileName().toString();
            assertThat(sink.failures).as(name).isEmpty();
            assertThat(sink.records).as(name).hasSize(multi.getOrDefault(name, 1));
            for (ParsedRecord r : sink.records) {
                Trial t = r.trial();
                assertThat(t.id()).as(name).matches("NCT\\d{8}");
                assertThat(t.registryIds().get(0).id()).isEqualTo(t.id());
                assertThat(r.raw()).as(name).isNotEmpty();
            }
            if (!multi.containsKey(name)) {
                assertThat(name).startsWith(sink.records.get(0).trial().id());
            }
            total += sink.records.size();
        }
        return total;
    }
}
