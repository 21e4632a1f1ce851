package org.trialworkbench.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.analysis.merge.SourcedTrial;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.store.H2Store;
import org.trialworkbench.store.RawSource;

/**
 * Reads a stored trial's sources again from their raw bytes with today's importers and readers,
 * so a merge always starts from every source's own reading. A trial whose sources cannot be
 * re-read (one restored from an export keeps only its merged form) is taken as it is stored.
 */
final class StoredSources {
    private final H2Store store;
    private final ImporterRegistry registry;
    private final TrialReader reader;

    StoredSources(H2Store store, ImporterRegistry registry, TrialReader reader) {
        this.store = store;
        this.registry = registry;
        this.reader = reader;
    }

    TrialReader reader() {
        return reader;
    }

    List<MergeInput> inputsOf(String trialId) {
        List<MergeInput> inputs = new ArrayList<>();
        for (RawSource raw : store.rawSourcesOf(trialId)) {
            Optional<Trial> reread = reread(raw);
            if (reread.isEmpty()) {
                return snapshotOf(trialId);
            }
            inputs.add(new MergeInput(new SourcedTrial(reread.get(), raw.ref()), null));
        }
        return inputs.isEmpty() ? snapshotOf(trialId) : inputs;
    }

    private List<MergeInput> snapshotOf(String trialId) {
        return store.load(trialId)
                .map(t -> List.of(new MergeInput(new SourcedTrial(t, t.sources().get(0)), null)))
                .orElse(List.of());
    }

    /**
     * Every source of a stored trial read again on its own, in the trial's source order; or the
     * first source that cannot be (see {@link #reread}), whose trial must then stay as stored.
     */
    SourceReadings readEach(Trial trial) {
        Map<String, RawSource> raws = new LinkedHashMap<>();
        store.rawSourcesOf(trial.id()).forEach(r -> raws.put(r.ref().sha256(), r));
        Map<SourceRef, Trial> readings = new LinkedHashMap<>();
        for (SourceRef ref : trial.sources()) {
            Optional<Trial> reading = Optional.ofNullable(raws.get(ref.sha256())).flatMap(this::reread);
            if (reading.isEmpty()) {
                return new SourceReadings(readings, ref);
            }
            readings.put(ref, reading.get());
        }
        return new SourceReadings(readings, null);
    }

    /**
     * The readings of a trial's sources; {@code unreadable} is the first source that could not be
     * read again (then the readings are incomplete), null when every source was.
     */
    record SourceReadings(Map<SourceRef, Trial> readings, SourceRef unreadable) {
        boolean complete() {
            return unreadable == null && !readings.isEmpty();
        }

        List<MergeInput> inputs() {
            List<MergeInput> inputs = new ArrayList<>();
            readings.forEach((ref, reading) -> inputs.add(new MergeInput(new SourcedTrial(reading, ref), null)));
            return inputs;
        }
    }

    /**
     * One stored source read again on its own; empty when it cannot be (no importer for its format,
     * bytes of an export record, or not exactly one record in the bytes).
     */
    Optional<Trial> reread(RawSource raw) {
        Optional<TrialImporter> importer = registry.byFormat(raw.ref().format());
        if (importer.isEmpty() || raw.importerVersion() <= 0) {
            return Optional.empty();
        }
        List<Trial> found = new ArrayList<>();
        importer.get().parse(new BytesDocument(raw.ref().file(), raw.raw()), new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                found.add(record.trial());
            }

            @Override
            public void fail(String location, String reason) {
                // an unreadable stored source falls back to the stored trial
            }
        });
        if (found.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(reader.read(found.get(0)));
    }
}
