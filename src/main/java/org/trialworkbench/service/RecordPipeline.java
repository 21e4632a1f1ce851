package org.trialworkbench.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.store.H2Store;
import org.trialworkbench.store.StoreException;

/**
 * From parsed records to stored trials: skips records already stored (same SHA-256), analyses the
 * rest, collects them into batches and stores each batch in one transaction. When a batch cannot
 * be stored, its records are stored one by one so that one bad record fails alone.
 */
final class RecordPipeline {
    private final H2Store store;
    private final ImporterRegistry registry;
    private final TrialReader reader;
    private final Clock clock;
    private final int batchSize;
    private final StoredSources storedSources;
    private final AnchorRefresh anchors;
    private final List<PendingRecord> pending = new ArrayList<>();
    private final Set<String> pendingShas = new HashSet<>();
    private Consumer<ImportEvent> events = e -> { };
    private int handled;
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
        if (isStored(record, sha, snapshot)) {
            emit(ImportEvent.Kind.UNCHANGED, storedIdOf(record, sha), importer.format(), file, null);
            return;
        }
        // An export carries the corrected view; the store keeps the reading beside the corrections.
        Trial trial = snapshot ? CorrectionApplier.revert(record.trial()) : analyse(record.trial(), file);
        SourceRef ref = new SourceRef(importer.format(), file, sha, clock.instant());
        List<ImportEvent> warnings = new ArrayList<>();
        for (ImportWarning w : record.warnings()) {
            String where = w.location() == null ? "" : w.location() + ": ";
            warnings.add(new ImportEvent(ImportEvent.Kind.WARNING, trial.id(), importer.format(), file, where + w.message()));
        }
        pending.add(new PendingRecord(trial, ref, importer.version(), record.raw(), snapshot, warnings));
        pendingShas.add(sha);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    void failed(String name, String reason) {
        emit(ImportEvent.Kind.FAILED, null, null, name, reason);
    }

    /** Stores what is pending. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<PendingRecord> batch = List.copyOf(pending);
        pending.clear();
        pendingShas.clear();
        try {
            store(batch);
        } catch (StoreException | IllegalArgumentException e) {
            if (batch.size() == 1) {
                PendingRecord p = batch.get(0);
                failed(p.source().file(), "trial " + p.trial().id() + " could not be stored: " + e.getMessage());
                return;
            }
            batch.forEach(p -> flushOne(p));
        }
    }

    private void flushOne(PendingRecord p) {
        try {
            store(List.of(p));
        } catch (StoreException | IllegalArgumentException e) {
            failed(p.source().file(), "trial " + p.trial().id() + " could not be stored: " + e.getMessage());
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

    ImportReport report(boolean cancelled) {
        return new ImportReport(count(ImportEvent.Kind.IMPORTED), count(ImportEvent.Kind.UPDATED),
                count(ImportEvent.Kind.MERGED), count(ImportEvent.Kind.UNCHANGED), count(ImportEvent.Kind.FAILED),
                count(ImportEvent.Kind.WARNING), cancelled);
    }

    private int count(ImportEvent.Kind kind) {
        return counts[kind.ordinal()];
    }

    private void emit(ImportEvent.Kind kind, String trialId, String format, String file, String message) {
        counts[kind.ordinal()]++;
        events.accept(new ImportEvent(kind, trialId, format, file, message));
    }

    private Trial analyse(Trial trial, String file) {
        try {
            return reader.read(trial);
        } catch (RuntimeException e) {
            emit(ImportEvent.Kind.WARNING, trial.id(), null, file,
                    "the readers could not analyse this trial (" + e + "); its texts are kept unread");
            return trial;
        }
    }

    private boolean isStored(ParsedRecord record, String sha, boolean snapshot) {
        if (pendingShas.contains(sha)) {
            return true;
        }
        if (!snapshot) {
            return store.findSourceBySha256(sha).isPresent();
        }
        Trial t = record.trial();
        return !t.sources().isEmpty()
                && t.sources().stream().allMatch(s -> store.findSourceBySha256(s.sha256()).isPresent())
                && store.load(t.id()).map(stored -> stored.annotations().containsAll(t.annotations())
                        && stored.corrections().containsAll(t.corrections())).orElse(false);
    }

    private String storedIdOf(ParsedRecord record, String sha) {
        return store.findSourceBySha256(sha).map(s -> s.trialId()).orElse(record.trial().id());
    }
}
