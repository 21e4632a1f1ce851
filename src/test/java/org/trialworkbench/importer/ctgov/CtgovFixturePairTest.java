package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.TrialImporter;

/**
 * Fixture pairs: an input record and the normalized JSON it must give (trial plus warnings), one
 * per format. The expected files were written by the importer once and then checked by hand
 * against the source records; run with {@code -Dctgov.regenerate=true} to rewrite them after an
 * intended change, and review the diff.
 */
class CtgovFixturePairTest {

    @ParameterizedTest
    @CsvSource({
        "ctgov-json/NCT03934567.json,     ctgov-json",
        "ctgov-v1-json/NCT00023673.json,  ctgov-v1-json",
        "ctgov-xml/NCT02988895.xml,       ctgov-xml"})
    void importsTheRecordAsTheExpectedNormalizedJson(String input, String format) throws IOException {
        TrialImporter importer = switch (format) {
            case "ctgov-json" -> new CtgovJsonImporter();
            case "ctgov-v1-json" -> new CtgovV1JsonImporter();
            default -> new CtgovXmlImporter();
        };
        CollectingSink sink = CtgovSamples.parse(importer, CtgovSamples.resource(input));
        assertThat(sink.failures).isEmpty();
        assertThat(sink.records).hasSize(1);
        JsonNode actual = NormalizedJson.of(sink.records.get(0));
        String expectedName = input.replaceAll("\\.(json|xml)$", ".expected.json");
        Path source = Path.of("src/test/resources/samples", expectedName);
        if (Boolean.getBoolean("ctgov.regenerate")) {
            Files.writeString(source, NormalizedJson.MAPPER.writeValueAsString(actual) + "\n");
        }
        JsonNode expected = NormalizedJson.MAPPER.readTree(Boolean.getBoolean("ctgov.regenerate")
                ? Files.readAllBytes(source) : CtgovSamples.resource(expectedName).bytes());
        assertThat(actual).isEqualTo(expected);
    }
}
