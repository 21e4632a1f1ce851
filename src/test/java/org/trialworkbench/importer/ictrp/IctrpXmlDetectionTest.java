package org.trialworkbench.importer.ictrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.euctr.EuctrPageImporter;

/** Each importer claims its own files and nothing else. */
class IctrpXmlDetectionTest {
    private static final IctrpXmlImporter ICTRP = new IctrpXmlImporter();
    private static final EuctrPageImporter EUCTR = new EuctrPageImporter();

    static Detection detect(org.trialworkbench.importer.TrialImporter importer, String resource) throws IOException {
        byte[] bytes = IctrpXmlImporterTest.resource(resource);
        return importer.detect(new BytesDocument(resource, bytes).head());
    }

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
            return files.map(p -> "/seeds/" + p.getFileName()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {IctrpXmlImporterTest.EXPORT})
    void ictrpClaimsTheExportAndEuctrDoesNot(String resource) throws IOException {
        assertThat(detect(ICTRP, resource).score()).isEqualTo(Detection.CERTAIN);
        assertThat(detect(EUCTR, resource).claims()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/samples/ictrp/other-formats/NCT03182660.xml", "/samples/ictrp/other-formats/NCT00184067.json",
            "/samples/euctr/2005-002909-23_PT.html"})
    void ictrpDoesNotClaimOtherFormats(String resource) throws IOException {
        assertThat(detect(ICTRP, resource).claims()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/samples/ictrp/other-formats/NCT03182660.xml", "/samples/ictrp/other-formats/NCT00184067.json"})
    void euctrDoesNotClaimOtherFormats(String resource) throws IOException {
        assertThat(detect(EUCTR, resource).claims()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neitherClaimsTheSeedPages(String seed) throws IOException {
        assertThat(detect(ICTRP, seed).claims()).isFalse();
        assertThat(detect(EUCTR, seed).claims()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "PNG", "{\"Trials_downloaded_from_ICTRP\": []}"})
    void neitherClaimsEmptyBinaryOrJson(String kind) {
        byte[] bytes = kind.equals("PNG")
                ? new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0}
                : kind.getBytes(StandardCharsets.UTF_8);
        var head = new BytesDocument("x", bytes).head();
        assertThat(ICTRP.detect(head).claims()).isFalse();
        assertThat(EUCTR.detect(head).claims()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<Trial><Internal_Number>1</Internal_Number><TrialID>NCT01234567</TrialID></Trial>",
            "<?xml version='1.0'?>\n<Trial><TrialID>X</TrialID></Trial>"})
    void ictrpClaimsASingleTrialElementLessSurely(String xml) {
        Detection d = ICTRP.detect(new BytesDocument("x", xml.getBytes(StandardCharsets.UTF_8)).head());
        assertThat(d.score()).isEqualTo(Detection.LIKELY);
    }
}
