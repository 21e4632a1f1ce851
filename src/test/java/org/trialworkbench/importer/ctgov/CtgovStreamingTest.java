package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SafeJson;
import org.trialworkbench.importer.SourceDocument;

/**
 * A generated array of 5,000 studies (copies of a real study with new ids, about 60 MB, produced on
 * the fly and never held whole): every study arrives, one by one while the document is still
 * being read, each with its own raw bytes; cancelling stops the reading at the next study.
 */
class CtgovStreamingTest {
    private static final int STUDIES = 5_000;

    /** A document whose bytes are generated as they are read, counting how many were read. */
    private static final class GeneratedArray implements SourceDocument {
        final AtomicLong bytesRead = new AtomicLong();
        final byte[][] parts;

        GeneratedArray(byte[] template) {
            String compact = new String(template, StandardCharsets.UTF_8);
            parts = new byte[][] {"[".getBytes(StandardCharsets.UTF_8), compact.getBytes(StandardCharsets.UTF_8)};
        }

        @Override
        public String name() {
            return "generated-5000.json";
        }

        @Override
        public InputStream open() {
            String template = new String(parts[1], StandardCharsets.UTF_8);
            Enumeration<InputStream> pieces = new Enumeration<>() {
                int i = -1;

                @Override
                public boolean hasMoreElements() {
                    return i <= STUDIES;
                }

                @Override
                public InputStream nextElement() {
                    i++;
                    String s = i == 0 ? "[" : i > STUDIES ? "]"
                            : (i > 1 ? "," : "") + template.replace("NCT03934567", String.format("NCT9%07d", i));
                    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
                }
            };
            return new FilterInputStream(new SequenceInputStream(pieces)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        bytesRead.addAndGet(n);
                    }
                    return n;
                }
            };
        }

        @Override
        public DocumentHead head() {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public String text() {
            throw new UnsupportedOperationException("streaming documents are never read whole");
        }
    }

    private static byte[] compactStudy() throws IOException {
        ObjectNode study = (ObjectNode) SafeJson.MAPPER.readTree(CtgovSamples.resource("ctgov-json/NCT03934567.json").bytes());
        return SafeJson.MAPPER.writeValueAsBytes(study);
    }

    @Test
    void fiveThousandStudiesArriveOneByOneWhileTheDocumentIsRead() throws IOException {
        byte[] template = compactStudy();
        GeneratedArray doc = new GeneratedArray(template);
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
    void cancellingStopsAtTheNextStudy() throws IOException {
        GeneratedArray doc = new GeneratedArray(compactStudy());
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
