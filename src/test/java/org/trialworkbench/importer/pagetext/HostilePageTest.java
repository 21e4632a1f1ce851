package org.trialworkbench.importer.pagetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.model.Trial;

/** Empty, unrelated, binary and huge inputs: a clear failure or a record, never an exception or a hang. */
class HostilePageTest {
    private static final int MB = 1024 * 1024;

    static List<TrialImporter> importers() {
        return List.of(new CtgovTabularTextImporter(), new AggregatorTextImporter(), new JrctTextImporter(),
                new CtgovFieldDumpImporter());
    }

    @ParameterizedTest
    @MethodSource("importers")
    void anEmptyDocumentFailsAsNoTrialFound(TrialImporter importer) {
        for (String text : new String[] {"", " \n\t\n", "\uFEFF"}) {
            CollectingSink sink = CollectingSink.parse(importer, doc(text));
            assertThat(sink.records).isEmpty();
            assertThat(sink.failures).singleElement().asString().startsWith("no trial record found: ");
        }
    }

    @ParameterizedTest
    @MethodSource("importers")
    void textWithoutATrialFailsAsNoTrialFound(TrialImporter importer) {
        String text = "Minutes of the meeting\nWe talked about the budget.\nStatus: fine\nNext meeting: Monday\n";
        CollectingSink sink = CollectingSink.parse(importer, doc(text));
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().startsWith("no trial record found: ");
    }

    @ParameterizedTest
    @MethodSource("importers")
    void randomBytesNeverThrow(TrialImporter importer) {
        byte[] bytes = new byte[100_000];
        new Random(42).nextBytes(bytes);
        CollectingSink sink = CollectingSink.parse(importer, new BytesDocument("r.bin", bytes));
        assertThat(sink.records.size() + sink.failures.size()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("importers")
    void aTwentyMegabyteLineWithoutBreaksDoesNotHang(TrialImporter importer) {
        String line = "Phase 1 at 12 months every three month NCT01234567 Status: ".repeat(20 * MB / 60);
        BytesDocument big = doc(line);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            importer.detect(big.head());
            CollectingSink sink = CollectingSink.parse(importer, big);
            assertThat(sink.records.size() + sink.failures.size()).isEqualTo(1);
        });
    }

    @Test
    void aTwentyMegabytePageIsReadInLinearTime() {
        String seed = new String(Seeds.bytes(Seeds.AGGREGATOR_BULLETS), StandardCharsets.UTF_8);
        String filler = "* To assess lung function at 12 months every three month in Patients With Disease\n".repeat(20 * MB / 84);
        String page = seed.replace("Recruitment & Eligibility\n", filler + "Recruitment & Eligibility\n");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Trial t = Seeds.only(new AggregatorTextImporter(), doc(page)).trial();
            assertThat(t.id()).isEqualTo("NCT00962923");
            assertThat(t.detailedDescription().length()).isGreaterThan(19 * MB);
            assertThat(t.outcomes()).hasSize(4);
        });
    }

    private static BytesDocument doc(String text) {
        return new BytesDocument("hostile.txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
