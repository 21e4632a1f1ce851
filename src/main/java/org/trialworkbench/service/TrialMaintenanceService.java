package org.trialworkbench.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.analysis.merge.SourcedTrial;
import org.trialworkbench.analysis.merge.TrialMerger;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.model.FieldProvenance;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.store.H2Store;
import org.trialworkbench.store.MergeBlock;
import org.trialworkbench.store.StoredSource;
import org.trialworkbench.store.TitleTwin;

/**
 * {@link TrialMaintenanceUseCase} over the store. Sources are read again with the same
 * {@link StoredSources} the import uses, so a split or a merge gives exactly the trial an import of
 * the same records would give.
 */
public final class TrialMaintenanceService implements TrialMaintenanceUseCase {
    private final H2Store store;
    private final StoredSources storedSources;
    private final Clock clock;

    public TrialMaintenanceService(H2Store store, ImporterRegistry registry, TrialReader reader, Clock clock) {
        this.store = store;
        this.storedSources = new StoredSources(store, registry, reader);
        this.clock = clock;
    }

    @Override
    public Optional<Trial> trial(String trialIdOrRegistryId) {
        return store.load(trialIdOrRegistryId);
    }

    @Override
    public List<SourceInfo> sources(String trialId) {
        Optional<Trial> trial = store.load(trialId);
        if (trial.isEmpty()) {
            return List.of();
        }
        List<SourceInfo> infos = new ArrayList<>();
        for (SourceRef ref : trial.get().sources()) {
            int version = store.findSourceBySha256(ref.sha256()).map(StoredSource::importerVersion).orElse(0);
            infos.add(new SourceInfo(ref.format(), ref.file(), ref.sha256(), ref.importedAt(), version,
                    fieldsFrom(trial.get(), ref.file())));
        }
        return infos;
    }

    private static List<String> fieldsFrom(Trial trial, String file) {
        return trial.provenance().stream().filter(p -> p.sourceFiles().contains(file))
                .map(FieldProvenance::field).toList();
    }

    @Override
    public SplitResult split(String trialId, String sourceSha256) {
        Trial trial = existing(trialId);
        Map<SourceRef, Trial> readings = readingsOf(trial);
        SourceRef out = trial.sources().stream().filter(r -> r.sha256().equals(sourceSha256)).findFirst()
                .orElseThrow(() -> new TrialMaintenanceException("Trial " + trial.id() + " has no source "
                        + sourceSha256 + "."));
        List<SourcedTrial> rest = new ArrayList<>();
        readings.forEach((ref, reading) -> {
            if (!ref.equals(out)) {
                rest.add(new SourcedTrial(reading, ref));
            }
        });
        Trial splitOut = TrialMerger.single(readings.get(out), out);
        Trial remaining = TrialMerger.merge(rest);
        requireDistinct(trial, out, remaining, splitOut);
        store.write(tx -> {
            tx.saveTrial(remaining);
            tx.saveTrial(splitOut);
            if (!trial.id().equals(remaining.id()) && !trial.id().equals(splitOut.id())) {
                tx.moveAnnotations(trial.id(), remaining.id());
                tx.deleteTrial(trial.id());
            }
            tx.blockMerge(remaining.id(), splitOut.id(), "split: " + out.format() + " " + out.file()
                    + " taken out of " + trial.id(), clock.instant());
        });
        return new SplitResult(existing(remaining.id()), existing(splitOut.id()));
    }

    /** Each source's own reading, in the trial's source order; refused when one cannot be read apart. */
    private Map<SourceRef, Trial> readingsOf(Trial trial) {
        if (trial.sources().size() < 2) {
            throw new TrialMaintenanceException("Trial " + trial.id() + " has only one source: there is nothing"
                    + " to split.");
        }
        StoredSources.SourceReadings read = storedSources.readEach(trial);
        if (!read.complete()) {
            SourceRef ref = read.unreadable();
            throw new TrialMaintenanceException("The source " + ref.file() + " (" + ref.format() + ") cannot"
                    + " be read again on its own (a trial restored from an export keeps only its merged"
                    + " form), so trial " + trial.id() + " cannot be split.");
        }
        return read.readings();
    }

    private void requireDistinct(Trial trial, SourceRef out, Trial remaining, Trial splitOut) {
        if (remaining.id().equals(splitOut.id())) {
            throw new TrialMaintenanceException("Not split: " + out.file() + " names " + splitOut.id()
                    + " itself, as the other sources do. Records stating the same registry id are one trial"
                    + " by the registry's own word; a split is for a wrong merge, such as a sponsor id shared"
                    + " by accident. Where its values differ, they are kept as conflicts.");
        }
        for (String id : List.of(remaining.id(), splitOut.id())) {
            if (!id.equals(trial.id()) && store.resolveId(id).filter(id::equals).isPresent()) {
                throw new TrialMaintenanceException("Not split: a trial " + id + " is already stored. Merge "
                        + trial.id() + " with it instead, if they are one trial.");
            }
        }
    }

    @Override
    public List<MergeOffer> mergeOffers() {
        MergeBlocks blocks = new MergeBlocks(store.mergeBlocks());
        Set<MergeBlock> seen = new LinkedHashSet<>();
        List<MergeOffer> offers = new ArrayList<>();
        for (TitleTwin twin : store.findTitleTwinsOfLocalTrials()) {
            if (seen.add(MergeBlock.of(twin.localTrialId(), twin.otherTrialId()))
                    && !blocks.keepApart(twin.localTrialId(), twin.otherTrialId())) {
                offers.add(new MergeOffer(twin.localTrialId(), twin.otherTrialId(), twin.officialTitle()));
            }
        }
        return offers;
    }

    @Override
    public Trial merge(String keepTrialId, String otherTrialId) {
        Trial keep = existing(keepTrialId);
        Trial other = existing(otherTrialId);
        if (keep.id().equals(other.id())) {
            throw new TrialMaintenanceException(keepTrialId + " and " + otherTrialId + " are already one trial.");
        }
        List<SourcedTrial> inputs = new ArrayList<>();
        storedSources.inputsOf(keep.id()).forEach(i -> inputs.add(i.sourced()));
        storedSources.inputsOf(other.id()).forEach(i -> inputs.add(i.sourced()));
        Trial merged = TrialMerger.merge(inputs);
        String id = merged.id();
        if (!id.equals(keep.id()) && !id.equals(other.id()) && store.resolveId(id).filter(id::equals).isPresent()) {
            throw new TrialMaintenanceException("Not merged: the merged trial would be " + id
                    + ", which is already stored as another trial.");
        }
        store.write(tx -> {
            tx.saveTrial(merged);
            for (Trial t : List.of(keep, other)) {
                if (!t.id().equals(id)) {
                    tx.moveSources(t.id(), id);
                    tx.moveAnnotations(t.id(), id);
                    tx.deleteTrial(t.id());
                }
            }
            tx.unblockMerge(keep.id(), other.id());
        });
        return existing(id);
    }

    @Override
    public void keepApart(String trialId, String otherTrialId) {
        Trial one = existing(trialId);
        Trial other = existing(otherTrialId);
        if (one.id().equals(other.id())) {
            throw new TrialMaintenanceException(trialId + " and " + otherTrialId + " are one trial already.");
        }
        store.write(tx -> tx.blockMerge(one.id(), other.id(), "merge offer declined", clock.instant()));
    }

    private Trial existing(String trialId) {
        return store.load(trialId).orElseThrow(() -> new TrialMaintenanceException("Trial " + trialId
                + " is not in the store (any more)."));
    }
}
