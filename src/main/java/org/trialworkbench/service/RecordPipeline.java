package org.trialworkbench.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.analysis.corrections.CorrectionApplier;
import org.trialworkbench.importer.ImportWarning;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.importer.LocalIds;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.importer.workbench.WorkbenchJsonImporter;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.store.H2Store;
import org.trialworkbench.store.StoreException;
import org.trialworkbench.store.StoredSource;

/**
 * From parsed records to stored trials, a batch at a time: skips records already stored (same
 * SHA-256, one query per batch), analyses the rest on all cores, and stores the batch in one
 * transaction on the {@link BatchWriter}'s thread while the next batch is read. When a batch cannot
 * be stored, its records are stored one by one so that one bad record fails alone. Events come
 * from the reading and the writing thread, one at a time.
 */
final class RecordPipeline implements AutoCloseable {
    private final H2Store store;
    private final ImporterRegistry registry;
    private final TrialReader reader;
    private final Clock clock;
    private final int batchSize;
    private final StoredSources storedSources;
    private final AnchorRefresh anchors;
    private final List<Received> received = new ArrayList<>();
    private final Set<String> receivedShas = new HashSet<>();
    private final BatchWriter writer = new BatchWriter();
    /** "unchanged" lines of copies of a record received in this batch: said once the batch is stored. */
    private final List<ImportEvent> copies = new ArrayList<>();
    /** Digests of the batch being written: not in the store yet, but no longer new. */
    private Set<String> writingShas = Set.of();
    private Consumer<ImportEvent> events = e -> { };
    private volatile int handled;
    private final int[] counts = new int[ImportEvent.Kind.values().length];

    RecordPipeline(H2Store store, ImporterRegistry registry, TrialReader reader, Clock clock, int batchSize) {
        this.store = store;
        this.registry = registry;
        this.reader = reader;
        this.clock = clock;
        this.batchSize = batchSize;
        this.storedSources = new StoredSources(store, registry, reader);
        this.anchors = new AnchorRefresh(store);
    }

    /** A record as parsed, waiting for its batch. */
    private record Received(ParsedRecord record, TrialImporter importer, String file, String sha, boolean snapshot) {
    }

    void listen(Consumer<ImportEvent> listener) {
        this.events = listener;
    }

    ImporterRegistry registry() {
        return registry;
    }

    int handled() {
        return handled;
    }

    void accept(ParsedRecord record, TrialImporter importer, String file) {
        handled++;
        boolean snapshot = WorkbenchJsonImporter.FORMAT.equals(importer.format());
        String sha = LocalIds.sha256Hex(record.raw());
        if (!receivedShas.add(sha)) {
            copies.add(new ImportEvent(ImportEvent.Kind.UNCHANGED, record.trial().id(), importer.format(), file, null));
            return;
        }
        received.add(new Received(record, importer, file, sha, snapshot));
        if (received.size() >= batchSize) {
            flush();
        }
    }

    void failed(String name, String reason) {
        emit(ImportEvent.Kind.FAILED, null, null, name, reason);
    }

    /** Stores what was received and returns when everything is stored. */
    void finish() {
        flush();
        writer.awaitWritten();
    }

    @Override
    public void close() {
        writer.close();
    }

    /** Analyses what was received and hands it to the writer. */
    void flush() {
        if (received.isEmpty()) {
            return;
        }
        List<Received> batch = List.copyOf(received);
        received.clear();
        receivedShas.clear();
        // Copies of records being stored are said unchanged after them, by the writer, so that a log never
        // shows "unchanged X" before "imported X".
        List<ImportEvent> afterWrite = new ArrayList<>(copies);
        copies.clear();
        List<Received> fresh = withoutStored(batch, afterWrite);
        // The readers are pure functions: the batch is read on all cores, in record order.
        List<PendingRecord> pending = fresh.parallelStream().map(this::prepare).toList();
        if (pending.isEmpty() && afterWrite.isEmpty()) {
            return;
        }
        writer.submit(() -> {
            if (!pending.isEmpty()) {
                storeOrEachAlone(pending);
            }
            afterWrite.forEach(e -> emit(e.kind(), e.trialId(), e.format(), e.file(), e.message()));
        });
        if (!pending.isEmpty()) {
            writingShas = pending.stream().map(p -> p.source().sha256()).collect(java.util.stream.Collectors.toSet());
        }
    }

    private void storeOrEachAlone(List<PendingRecord> pending) {
        try {
            store(pending);
        } catch (StoreException | IllegalArgumentException e) {
            if (pending.size() == 1) {
                PendingRecord p = pending.get(0);
                failed(p.file(), "trial " + p.trial().id() + " could not be stored: " + e.getMessage());
                return;
            }
            pending.forEach(this::flushOne);
        }
    }

    /**
     * The records not stored yet; the others are reported unchanged: at once when stored, through
     * {@code afterWrite} when their first copy is still being written.
     */
    private List<Received> withoutStored(List<Received> batch, List<ImportEvent> afterWrite) {
        Map<String, StoredSource> stored = store.findSourcesBySha256(
                batch.stream().filter(r -> !r.snapshot()).map(Received::sha).toList());
        List<Received> fresh = new ArrayList<>();
        for (Received r : batch) {
            StoredSource known = stored.get(r.sha());
            if (known == null && writingShas.contains(r.sha())) {
                afterWrite.add(new ImportEvent(ImportEvent.Kind.UNCHANGED, r.record().trial().id(), r.importer().format(),
                        r.file(), null));
            } else if (known != null || r.snapshot() && isStoredSnapshot(r.record().trial())) {
                String id = known != null ? known.trialId() : r.record().trial().id();
                emit(ImportEvent.Kind.UNCHANGED, id, r.importer().format(), r.file(), null);
            } else {
                fresh.add(r);
            }
        }
        return fresh;
    }

    /** Reads one record (any thread): its trial analysed, its warnings as events. */
    private PendingRecord prepare(Received r) {
        TrialImporter importer = r.importer();
        List<ImportEvent> warnings = new ArrayList<>();
        Trial trial = r.record().trial();
        if (r.snapshot()) {
            // An export carries the corrected view; the store keeps the reading beside the corrections.
            trial = CorrectionApplier.revert(trial);
        } else {
            try {
                trial = reader.read(trial);
            } catch (RuntimeException e) {
                warnings.add(new ImportEvent(ImportEvent.Kind.WARNING, trial.id(), null, r.file(),
                        "the readers could not analyse this trial (" + e + "); its texts are kept unread"));
            }
        }
        for (ImportWarning w : r.record().warnings()) {
            String where = w.location() == null ? "" : w.location() + ": ";
            warnings.add(new ImportEvent(ImportEvent.Kind.WARNING, trial.id(), importer.format(), r.file(), where + w.message()));
        }
        SourceRef ref = new SourceRef(importer.format(), r.record().sourceName(r.file()), r.sha(), clock.instant());
        return new PendingRecord(trial, ref, importer.version(), r.record().raw(), r.snapshot(), warnings, r.file());
    }

    private void flushOne(PendingRecord p) {
        try {
            store(List.of(p));
        } catch (StoreException | IllegalArgumentException e) {
            failed(p.file(), "trial " + p.trial().id() + " could not be stored: " + e.getMessage());
        }
    }

    private void store(List<PendingRecord> batch) {
        MergePlan plan = MergePlan.of(batch, store, storedSources);
        store.write(plan::apply);
        anchors.afterWrite(plan.events().stream().map(ImportEvent::trialId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        plan.events().forEach(e -> emit(e.kind(), e.trialId(), e.format(), e.file(), e.message()));
        // Warnings follow the line that says where the record went, with the stored trial's id.
        batch.forEach(p -> p.warnings().forEach(w -> emit(w.kind(), plan.storedIdOf(p, w.trialId()), w.format(), w.file(), w.message())));
        plan.possibleDuplicates().forEach(e -> emit(e.kind(), e.trialId(), e.format(), e.file(), e.message()));
    }

    synchronized ImportReport report(boolean cancelled) {
        return new ImportReport(count(ImportEvent.Kind.IMPORTED), count(ImportEvent.Kind.UPDATED),
                count(ImportEvent.Kind.MERGED), count(ImportEvent.Kind.UNCHANGED), count(ImportEvent.Kind.FAILED),
                count(ImportEvent.Kind.WARNING), cancelled);
    }

    private int count(ImportEvent.Kind kind) {
        return counts[kind.ordinal()];
    }

    private synchronized void emit(ImportEvent.Kind kind, String trialId, String format, String file, String message) {
        counts[kind.ordinal()]++;
        events.accept(new ImportEvent(kind, trialId, format, file, message));
    }

    /** A restored trial is stored when all its sources are and it brings no note the store lacks. */
    private boolean isStoredSnapshot(Trial t) {
        return !t.sources().isEmpty()
                && t.sources().stream().allMatch(s -> store.findSourceBySha256(s.sha256()).isPresent())
                && store.load(t.id()).map(stored ->
                        unanchored(stored.annotations()).containsAll(unanchored(t.annotations()))
                        && ids(stored.corrections()).containsAll(ids(t.corrections()))).orElse(false);
    }

    /** Notes compared without their anchors, which the store records after an import. */
    private static List<Annotation> unanchored(List<Annotation> notes) {
        return notes.stream().map(a -> a.withAnchor(null, false)).toList();
    }

    private static List<String> ids(List<Correction> corrections) {
        return corrections.stream().map(Correction::id).toList();
    }
}
