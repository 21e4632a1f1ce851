package org.trialworkbench.importer.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.TrialImporter;

/** Each seed is claimed by its own importer with the highest score of the four; other files by none. */
class PageDetectionTest {
    private static final List<TrialImporter> IMPORTERS = List.of(new CtgovTabularTextImporter(),
            new AggregatorTextImporter(), new JrctTextImporter(), new CtgovFieldDumpImporter());

    @ParameterizedTest
    @CsvSource({
            "seeds/000_ba20f4bf161fb405.txt, ctgov-tabular-text",
            "seeds/001_9fb71e6dd1eeb2dc.txt, aggregator-text",
            "seeds/002_c014f135a40a8c7f.txt, aggregator-text",
            "seeds/003_4f16fd12adea18a5.txt, jrct-text",
            "seeds/004_31ad608487218485.txt, ctgov-field-dump"})
    void eachSeedIsClaimedHighestByItsOwner(String resource, String owner) {
        BytesDocument doc = Seeds.document(resource);
        TrialImporter ownerImporter = IMPORTERS.stream().filter(i -> i.format().equals(owner)).findFirst().orElseThrow();
        Detection ownerDetection = ownerImporter.detect(doc.head());
        assertThat(ownerDetection.claims()).as(owner + " claims " + resource).isTrue();
        assertThat(ownerDetection.reason()).isNotBlank();
        for (TrialImporter other : IMPORTERS) {
            if (other != ownerImporter) {
                assertThat(other.detect(doc.head()).score()).as(other.format() + " scores below " + owner)
                        .isLessThan(ownerDetection.score());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pagetext/NCT00184067.json", "pagetext/NCT00001177.xml"})
    void registryExportFilesAreClaimedByNone(String resource) {
        assertClaimedByNone(Seeds.document(resource));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 5000, 70000})
    void randomBinaryAndEmptyFilesAreClaimedByNone(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        assertClaimedByNone(new BytesDocument("random.bin", bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n  ", "\uFEFF", "Just some notes about a meeting.\nNothing else here."})
    void textWithoutATrialIsClaimedByNone(String text) {
        assertClaimedByNone(new BytesDocument("t.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static void assertClaimedByNone(BytesDocument doc) {
        for (TrialImporter importer : IMPORTERS) {
            assertThat(importer.detect(doc.head()).claims()).as(importer.format() + " on " + doc.name()).isFalse();
        }
    }
}
