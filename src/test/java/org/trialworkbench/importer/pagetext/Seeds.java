package org.trialworkbench.importer.pagetext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.TrialImporter;

/** The seed pages and test resources as documents. */
final class Seeds {
    static final String TABULAR = "seeds/000_ba20f4bf161fb405.txt";
    static final String AGGREGATOR_BULLETS = "seeds/001_9fb71e6dd1eeb2dc.txt";
    static final String AGGREGATOR_HELP = "seeds/002_c014f135a40a8c7f.txt";
    static final String JRCT = "seeds/003_4f16fd12adea18a5.txt";
    static final String FIELD_DUMP = "seeds/004_31ad608487218485.txt";

    private Seeds() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BytesDocument document(String resource) {
        return new BytesDocument(resource, bytes(resource));
    }

    /** Parses a resource and returns its only record (the test fails when there is not exactly one). */
    static ParsedRecord only(TrialImporter importer, BytesDocument doc) {
        CollectingSink sink = CollectingSink.parse(importer, doc);
        if (!sink.failures.isEmpty() || sink.records.size() != 1) {
            throw new AssertionError("expected one record, got " + sink.records.size() + " and failures " + sink.failures);
        }
        return sink.records.get(0);
    }

    static ParsedRecord only(TrialImporter importer, String resource) {
        return only(importer, document(resource));
    }
}
