package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.TrialImporter;

/**
 * Detection from the document head: every sample of each ClinicalTrials.gov format is claimed by
 * its own importer only; other registries' files, HTML, plain text, the product's export and the
 * seeds are claimed by none of the three.
 */
class CtgovDetectionTest {
    private static final List<TrialImporter> IMPORTERS =
            List.of(new CtgovJsonImporter(), new CtgovV1JsonImporter(), new CtgovXmlImporter());

    @ParameterizedTest
    @ValueSource(strings = {"ctgov-json", "ctgov-v1-json", "ctgov-xml"})
    void everySampleIsClaimedByItsOwnImporterOnly(String format) {
        for (Path file : CtgovSamples.shared(format)) {
            DocumentHead head = CtgovSamples.document(file).head();
            for (TrialImporter importer : IMPORTERS) {
                Detection d = importer.detect(head);
                boolean own = importer.format().equals(format);
                assertThat(d.claims()).as(importer.format() + " on " + file.getFileName() + ": " + d.reason()).isEqualTo(own);
                if (own) {
                    assertThat(d.score()).isGreaterThanOrEqualTo(Detection.LIKELY);
                }
                assertThat(d.reason()).isNotBlank();
            }
        }
    }

    @Test
    void otherRegistriesFilesAndTheSeedsAreClaimedByNone() throws IOException {
        List<BytesDocument> others = new ArrayList<>();
        others.addAll(files(Path.of("src/test/resources/seeds")));
        Path ictrp = CtgovSamples.SHARED.resolve("ictrp-xml");
        Path euctr = CtgovSamples.SHARED.resolve("euctr-html");
        if (Files.isDirectory(ictrp) && Files.isDirectory(euctr)) {
            others.addAll(files(ictrp));
            others.addAll(files(euctr));
        }
        assertThat(others).hasSizeGreaterThanOrEqualTo(5);
        for (BytesDocument doc : others) {
            assertClaimedByNone(doc);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "NCT00184067 Continuation Booster Trial: protocolSection and FullStudiesResponse in prose",
        "<!DOCTYPE html><html><body><pre>{\"protocolSection\": {}}</pre><clinical_study/></body></html>",
        "<html><head><title>clinical_study</title></head></html>",
        "{\"format\": \"trial-workbench-export\", \"schemaVersion\": 1, \"trials\": [{\"protocolSection\": 1}]}",
        "{\"format\":\"trial-workbench-export\",\"FullStudiesResponse\":{}}",
        "<?xml version=\"1.0\"?><Trials_downloaded_from_ICTRP><Trial><clinical_study/></Trial></Trials_downloaded_from_ICTRP>",
        "{\"studies\": [], \"note\": \"nothing here\"}",
        "{\"note\": \"the \\\"protocolSection\\\" of a study\", \"items\": []}",
        "[1, 2, 3]"})
    void lookalikesAreClaimedByNone(String text) {
        assertClaimedByNone(new BytesDocument("lookalike", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDoctypedClinicalStudyIsStillClaimedSoTheRefusalIsReported() {
        String xml = "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE clinical_study [<!ENTITY x \"y\">]>\n<clinical_study rank=\"41\"><id_info/></clinical_study>";
        Detection d = new CtgovXmlImporter().detect(new BytesDocument("d.xml", xml.getBytes(StandardCharsets.UTF_8)).head());
        assertThat(d.claims()).isTrue();
        assertThat(d.reason()).contains("clinical_study");
    }

    private static void assertClaimedByNone(BytesDocument doc) {
        for (TrialImporter importer : IMPORTERS) {
            Detection d = importer.detect(doc.head());
            assertThat(d.claims()).as(importer.format() + " on " + doc.name() + ": " + d.reason()).isFalse();
            assertThat(d.reason()).isNotBlank();
        }
    }

    private static List<BytesDocument> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().map(CtgovSamples::document).toList();
        }
    }
}
