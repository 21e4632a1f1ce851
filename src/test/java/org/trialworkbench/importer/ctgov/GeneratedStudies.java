package org.trialworkbench.importer.ctgov;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicLong;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.SourceDocument;

/**
 * A JSON array of copies of one real study (NCT03934567) with ids NCT90000001, NCT90000002 ...,
 * generated while it is read and never held whole; counts the bytes read so far.
 */
final class GeneratedStudies implements SourceDocument {
    final AtomicLong bytesRead = new AtomicLong();
    private final String template;
    private final int studies;

    GeneratedStudies(byte[] compactStudy, int studies) {
        this.template = new String(compactStudy, StandardCharsets.UTF_8);
        this.studies = studies;
    }

    @Override
    public String name() {
        return "generated-" + studies + ".json";
    }

    @Override
    public InputStream open() {
        Enumeration<InputStream> pieces = new Enumeration<>() {
            private int i = -1;

            @Override
            public boolean hasMoreElements() {
                return i <= studies;
            }

            @Override
            public InputStream nextElement() {
                i++;
                String s = i == 0 ? "[" : i > studies ? "]"
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
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public String text() {
        throw new UnsupportedOperationException("streaming documents are never read whole");
    }

    /** Run in a JVM with a small heap (-Xmx48m) by the streaming test: prints "records=N failures=M". */
    public static void main(String[] args) throws IOException {
        int studies = Integer.parseInt(args[0]);
        int[] counts = new int[2];
        new CtgovJsonImporter().parse(new GeneratedStudies(CtgovStreamingTest.compactStudy(), studies),
                new org.trialworkbench.importer.RecordSink() {
                    @Override
                    public void accept(org.trialworkbench.importer.ParsedRecord record) {
                        counts[0]++;
                    }

                    @Override
                    public void fail(String location, String reason) {
                        counts[1]++;
                        System.err.println(location + ": " + reason);
                    }
                });
        System.out.println("records=" + counts[0] + " failures=" + counts[1]);
    }
}
