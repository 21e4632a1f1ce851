package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SafeJson;

/**
 * A generated array of 5,000 studies (copies of a real study with new ids, about 60 MB, produced on
 * the fly and never held whole): every study arrives, one by one while the document is still
 * being read, each with its own raw bytes; cancelling stops the reading at the next study.
 */
class CtgovStreamingTest {
    private static final int STUDIES = 5_000;

    static byte[] compactStudy() throws IOException {
        ObjectNode study = (ObjectNode) SafeJson.MAPPER.readTree(CtgovSamples.resource("ctgov-json/NCT03934567.json").bytes());
        return SafeJson.MAPPER.writeValueAsBytes(study);
    }

    @Test
    void fiveThousandStudiesArriveOneByOneWhileTheDocumentIsRead() throws IOException {
        byte[] template = compactStudy();
        GeneratedStudies doc = new GeneratedStudies(template, STUDIES);
        long total = (long) template.length * STUDIES;
        List<Long> readWhenAccepted = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long[] rawBytes = {0};
        new CtgovJsonImporter().parse(doc, new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                if (ids.isEmpty() || ids.size() == STUDIES / 2) {
                    readWhenAccepted.add(doc.bytesRead.get());
                }
                ids.add(record.trial().id());
                rawBytes[0] = Math.max(rawBytes[0], record.raw().length);
            }

            @Override
            public void fail(String location, String reason) {
                failures.add(location + ": " + reason);
            }
        });
        assertThat(failures).isEmpty();
        assertThat(ids).hasSize(STUDIES).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo("NCT90000001");
        assertThat(ids.get(STUDIES - 1)).isEqualTo("NCT90005000");
        // the first study is handed on after a few buffers, the middle one at about half the document
        assertThat(readWhenAccepted.get(0)).isLessThan(total / 100);
        assertThat(readWhenAccepted.get(1)).isBetween(total / 3, total * 2 / 3);
        // each record's raw bytes are one study, not the document
        assertThat(rawBytes[0]).isLessThan(template.length + 100);
    }

    @Test
    void fiveThousandStudiesParseInA48MegabyteHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Assumptions.assumeTrue(Files.isExecutable(java), "no java launcher at " + java);
        // ~60 MB of JSON: held whole as a tree it would need several hundred MB
        Process p = new ProcessBuilder(java.toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                GeneratedStudies.class.getName(), String.valueOf(STUDIES)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(out).contains("records=" + STUDIES + " failures=0").doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void cancellingStopsAtTheNextStudy() throws IOException {
        GeneratedStudies doc = new GeneratedStudies(compactStudy(), STUDIES);
        List<String> ids = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        new CtgovJsonImporter().parse(doc, new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                ids.add(record.trial().id());
            }

            @Override
            public void fail(String location, String reason) {
                failures.add(reason);
            }

            @Override
            public boolean cancelled() {
                return ids.size() >= 10;
            }
        });
        assertThat(ids).hasSize(10);
        assertThat(failures).isEmpty();
        assertThat(doc.bytesRead.get()).isLessThan((long) compactStudy().length * 20);
    }
}
