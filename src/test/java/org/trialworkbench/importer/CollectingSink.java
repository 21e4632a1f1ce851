package org.trialworkbench.importer;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Trial;

/** Test sink: keeps what an importer hands on. */
public final class CollectingSink implements RecordSink {
    public final List<ParsedRecord> records = new ArrayList<>();
    public final List<String> failures = new ArrayList<>();

    @Override
    public void accept(ParsedRecord record) {
        records.add(record);
    }

    @Override
    public void fail(String location, String reason) {
        failures.add(location == null ? reason : location + ": " + reason);
    }

    public List<Trial> trials() {
        return records.stream().map(ParsedRecord::trial).toList();
    }

    /** Runs an importer over a document and returns the sink. */
    public static CollectingSink parse(TrialImporter importer, SourceDocument document) {
        CollectingSink sink = new CollectingSink();
        importer.parse(document, sink);
        return sink;
    }
}
