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

/**
 * {@link RereadUseCase} over the store. Sources are read again with the same {@link StoredSources}
 * and merged by the same {@link TrialGroup} an import uses, so a trial read again is exactly the
 * trial an import of its records would give today.
 */
public final class RereadService implements RereadUseCase {
    private final H2Store store;
    private final StoredSources storedSources;

    public RereadService(H2Store store, ImporterRegistry registry, TrialReader reader) {
        this.store = store;
        this.storedSources = new StoredSources(store, registry, reader);
    }

    /** How one trial came out. */
    private enum Outcome { CHANGED, UNCHANGED, KEPT }

    @Override
    public RereadReport rereadAll(Progress progress, CancellationToken token) {
        List<String> ids = store.list(null).stream().map(TrialSummary::id).toList();
        int changed = 0;
        int unchanged = 0;
        List<RereadReport.KeptTrial> kept = new ArrayList<>();
        for (String id : ids) {
            if (token.isCancelled()) {
                return new RereadReport(ids.size(), changed, unchanged, kept, true);
            }
            List<String> why = new ArrayList<>(1);
            switch (reread(id, why)) {
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
                case KEPT -> kept.add(new RereadReport.KeptTrial(id, why.get(0)));
            }
            progress.trialDone(changed + unchanged + kept.size(), ids.size());
        }
        return new RereadReport(ids.size(), changed, unchanged, kept, false);
    }

    /** Reads one trial again and stores the new reading if it differs; a reason to keep it goes to {@code why}. */
    private Outcome reread(String trialId, List<String> why) {
        Trial stored = store.load(trialId).orElse(null);
        if (stored == null) {
            why.add("deleted while the trials were read again");
            return Outcome.KEPT;
        }
        Trial merged;
        try {
            merged = mergedFromSources(stored, why);
        } catch (RuntimeException e) {
            // A reader failing on one record must not stop the others; the stored reading stays.
            why.add("the readers could not analyse it (" + e + ")");
            return Outcome.KEPT;
        }
        if (merged == null) {
            return Outcome.KEPT;
        }
        // The reading is compared and saved without the reviewer's notes, which live beside it.
        Trial withNotes = merged.toBuilder().annotations(stored.annotations()).corrections(stored.corrections()).build();
        if (withNotes.equals(stored)) {
            return Outcome.UNCHANGED;
        }
        Trial checked = AnchorCheck.check(withNotes);
        Trial reading = merged.toBuilder().annotations(List.of()).corrections(List.of()).build();
        store.write(tx -> {
            tx.saveTrial(reading);
            AnchorRefresh.storeChecked(withNotes, checked, tx);
        });
        return Outcome.CHANGED;
    }

    /** The trial merged from its sources' new readings; null (with the reason) when it cannot be. */
    private Trial mergedFromSources(Trial stored, List<String> why) {
        StoredSources.SourceReadings read = storedSources.readEach(stored);
        if (!read.complete()) {
            SourceRef ref = read.unreadable();
            why.add(ref == null ? "it has no stored source"
                    : "its source " + ref.file() + " (" + ref.format() + ") cannot be read again on its own"
                    + " (a trial restored from an export keeps only its merged form)");
            return null;
        }
        TrialGroup group = new TrialGroup();
        group.inputs.addAll(read.inputs());
        Trial merged = group.merged(storedSources.reader());
        if (!merged.id().equals(stored.id())) {
            why.add("today's reading names it " + merged.id() + "; import its records again to store it so");
            return null;
        }
        return merged;
    }
}
