package org.trialworkbench.service;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.analysis.corrections.AnchorCheck;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.store.H2Store;
import org.trialworkbench.store.StoreException;

/**
 * {@link RereadUseCase} over the store. Sources are read again with the same {@link StoredSources}
 * and merged by the same {@link TrialGroup} an import uses, so a trial read again is exactly the
 * trial an import of its records would give today.
 */
public final class RereadService implements RereadUseCase {
    /** The store setting holding the readers' version that last read every stored trial. */
    public static final String READERS_VERSION = "readers.version";
    /** Trials read on all cores at a time: small enough that Cancel answers soon, large enough to keep the cores busy. */
    private static final int CHUNK = 32;
    private final H2Store store;
    private final StoredSources storedSources;

    public RereadService(H2Store store, ImporterRegistry registry, TrialReader reader) {
        this.store = store;
        this.storedSources = new StoredSources(store, registry, reader);
    }

    /** How one trial came out; {@code reason} says why a trial was kept as stored. */
    private record Outcome(Kind kind, String reason) {
        enum Kind { CHANGED, UNCHANGED, KEPT }

        static final Outcome CHANGED = new Outcome(Kind.CHANGED, null);
        static final Outcome UNCHANGED = new Outcome(Kind.UNCHANGED, null);

        static Outcome kept(String reason) {
            return new Outcome(Kind.KEPT, reason);
        }
    }

    @Override
    public RereadReport rereadAll(Progress progress, CancellationToken token) {
        List<String> ids = store.list(null).stream().map(TrialSummary::id).toList();
        int changed = 0;
        int unchanged = 0;
        List<RereadReport.KeptTrial> kept = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            // The readers are pure: a chunk is read on all cores; its trials are stored one by one.
            List<Reading> readings = ids.subList(from, Math.min(ids.size(), from + CHUNK)).parallelStream()
                    .map(this::readAgain).toList();
            for (Reading r : readings) {
                if (token.isCancelled()) {
                    // Cancel stops after the trial being stored; the rest of the chunk was only read.
                    return new RereadReport(ids.size(), changed, unchanged, kept, true);
                }
                Outcome outcome = r.outcome() != null ? r.outcome() : storeIfChanged(r.stored(), r.merged());
                switch (outcome.kind()) {
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                    case KEPT -> kept.add(new RereadReport.KeptTrial(r.trialId(), outcome.reason()));
                }
                progress.trialDone(changed + unchanged + kept.size(), ids.size());
            }
        }
        recordCurrentVersion(); // every trial is now read by these readers (those kept cannot be read again at all)
        return new RereadReport(ids.size(), changed, unchanged, kept, false);
    }

    @Override
    public boolean readingsOutdated() {
        return store.count() > 0 && storedReadersVersion() < TrialReader.VERSION;
    }

    /**
     * Marks an empty store as read by these readers: whatever is imported next is read by them. A store
     * that already holds trials and no version was filled before versions were kept: it stays outdated.
     */
    public void markCurrentIfEmpty() {
        if (store.count() == 0 && storedReadersVersion() < TrialReader.VERSION) {
            recordCurrentVersion();
        }
    }

    private void recordCurrentVersion() {
        store.write(tx -> tx.putSetting(READERS_VERSION, String.valueOf(TrialReader.VERSION)));
    }

    private int storedReadersVersion() {
        return store.setting(READERS_VERSION).map(v -> {
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                return 0; // unreadable: treated as old, so the offer to read again is made
            }
        }).orElse(0);
    }

    /** A trial read again: its stored and new reading, or the outcome when it cannot be read again. */
    private record Reading(String trialId, Trial stored, Trial merged, Outcome outcome) {
        static Reading kept(String trialId, String reason) {
            return new Reading(trialId, null, null, Outcome.kept(reason));
        }
    }

    /** Reads one trial again from its stored sources (any thread); stores nothing. */
    private Reading readAgain(String trialId) {
        Trial stored = store.load(trialId).orElse(null);
        if (stored == null) {
            return Reading.kept(trialId, "deleted while the trials were read again");
        }
        StoredSources.SourceReadings read;
        Trial merged;
        try {
            read = storedSources.readEach(stored);
            merged = read.complete() ? mergedAsAnImportWould(read) : null;
        } catch (StoreException e) {
            throw e; // the store failing stops the run: the trials done so far keep their new reading
        } catch (RuntimeException e) {
            // A reader failing on one record must not stop the others; the stored reading stays.
            return Reading.kept(trialId, "the readers could not analyse it (" + e + ")");
        }
        if (merged == null) {
            SourceRef ref = read.unreadable();
            return Reading.kept(trialId, ref == null ? "it has no stored source"
                    : "its source " + ref.file() + " (" + ref.format() + ") cannot be read again on its own"
                    + " (a trial restored from an export keeps only its merged form)");
        }
        if (!merged.id().equals(stored.id())) {
            return Reading.kept(trialId, "today's reading names it " + merged.id() + "; import its records again to store it so");
        }
        return new Reading(trialId, stored, merged, null);
    }

    /** The sources' readings merged by the import's own {@link TrialGroup}. */
    private Trial mergedAsAnImportWould(StoredSources.SourceReadings read) {
        TrialGroup group = new TrialGroup();
        group.inputs.addAll(read.inputs());
        return group.merged(storedSources.reader());
    }

    /**
     * Compares the new reading with the stored one (the reviewer's notes live beside the reading, so
     * they are not part of it) and saves it when it differs, with the notes' anchors checked against
     * it in the same transaction: a note whose text changed is flagged, never dropped.
     */
    private Outcome storeIfChanged(Trial stored, Trial merged) {
        Trial withNotes = merged.toBuilder().annotations(stored.annotations()).corrections(stored.corrections()).build();
        if (withNotes.equals(stored)) {
            return Outcome.UNCHANGED;
        }
        if (!store.load(stored.id()).filter(stored::equals).isPresent()) {
            // Split, merged or annotated meanwhile (the window stays usable): saving would undo that.
            return Outcome.kept("it was changed while it was read again; read the trials again to include it");
        }
        Trial checked = AnchorCheck.check(withNotes);
        // saveTrial keeps the stored notes and corrections; only their anchors are updated.
        Trial reading = merged.toBuilder().annotations(List.of()).corrections(List.of()).build();
        store.write(tx -> {
            tx.saveTrial(reading);
            AnchorRefresh.storeChecked(withNotes, checked, tx);
        });
        return Outcome.CHANGED;
    }
}
