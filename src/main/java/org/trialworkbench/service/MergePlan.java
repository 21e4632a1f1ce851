package org.trialworkbench.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trialworkbench.analysis.merge.SourcedTrial;
import org.trialworkbench.importer.LocalIds;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.store.H2Store;
import org.trialworkbench.store.StoredIds;
import org.trialworkbench.store.StoreTransaction;

/**
 * Decides, for one batch, which records are one trial — with each other and with stored trials —
 * by shared registry ids (a sponsor's study id only with the same sponsor), then writes the merged
 * trials in the batch's transaction. Records without a registry id are never merged by title: the
 * reviewer is told of a possible duplicate and decides. Trials a reviewer has kept apart (a split,
 * a declined merge offer: {@link MergeBlocks}) are never merged, whatever ids they share.
 */
final class MergePlan {
    private final H2Store store;
    private final StoredSources storedSources;
    private final MergeBlocks blocks;
    private final StoredIds storedIds;
    private final List<TrialGroup> groups = new ArrayList<>();
    private final Map<String, TrialGroup> byKey = new HashMap<>();
    private final Set<String> absorbedStoredIds = new HashSet<>();
    private final List<Planned> planned = new ArrayList<>();
    private final List<ImportEvent> events = new ArrayList<>();

    private final Map<PendingRecord, Restore> restores = new HashMap<>();

    private record Planned(TrialGroup group, MergeInput input, TrialGroup.Added added) {
    }

    /** The sources of a restored trial not stored yet (its annotations come with the trial itself). */
    private record Restore(List<SourceRef> sources) {
    }

    private MergePlan(H2Store store, StoredSources storedSources, StoredIds storedIds) {
        this.store = store;
        this.storedSources = storedSources;
        this.blocks = new MergeBlocks(store.mergeBlocks());
        this.storedIds = storedIds;
    }

    static MergePlan of(List<PendingRecord> batch, H2Store store, StoredSources storedSources) {
        // Every id the batch's records carry, looked up in one query before planning.
        Set<String> ids = new LinkedHashSet<>();
        for (PendingRecord p : batch) {
            ids.add(p.trial().id());
            p.trial().registryIds().forEach(r -> ids.add(r.id()));
        }
        MergePlan plan = new MergePlan(store, storedSources, store.storedIds(ids));
        batch.forEach(plan::add);
        return plan;
    }

    private void add(PendingRecord pending) {
        MergeInput input = new MergeInput(new SourcedTrial(pending.trial(), pending.source()), pending);
        if (pending.snapshot()) {
            restores.put(pending, restoreOf(pending.trial(), pending.source()));
        }
        TrialGroup target = groupFor(input);
        TrialGroup.Added added = target.add(input);
        target.matchKeys().forEach(key -> byKey.put(key, target));
        planned.add(new Planned(target, input, added));
    }

    /** The group the record joins: groups of this batch and stored trials sharing an id, united. */
    private TrialGroup groupFor(MergeInput input) {
        Set<TrialGroup> matched = new LinkedHashSet<>();
        Set<String> ownIds = ownIds(input.sourced().trial());
        for (String key : TrialGroup.matchKeys(input.sourced())) {
            if (byKey.containsKey(key) && !blocks.keepApart(ownIds, idsOf(byKey.get(key)))) {
                matched.add(byKey.get(key));
            }
        }
        TrialGroup target = matched.isEmpty() ? newGroup() : matched.iterator().next();
        for (TrialGroup other : matched) {
            if (other != target) {
                target.absorb(other);
                groups.remove(other);
            }
        }
        for (String storedId : storedMatches(input.sourced().trial())) {
            if (keptApart(storedId, ownIds, target)) {
                continue;
            }
            if (absorbedStoredIds.add(storedId)) {
                target.storedIds.add(storedId);
                target.inputs.addAll(storedSources.inputsOf(storedId));
            }
        }
        return target;
    }

    /** The record's own id and the stored trial it is a version of: the ids a block is checked for. */
    private Set<String> ownIds(Trial trial) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(trial.id());
        storedIds.resolve(trial.id()).ifPresent(ids::add);
        return ids;
    }

    private static Set<String> idsOf(TrialGroup group) {
        Set<String> ids = new LinkedHashSet<>(group.storedIds);
        group.inputs.forEach(i -> ids.add(i.trialId()));
        return ids;
    }

    /** A stored match blocked from the record or from the group it joins is not merged in. */
    private boolean keptApart(String storedId, Set<String> ownIds, TrialGroup target) {
        Set<String> ids = new LinkedHashSet<>(ownIds);
        ids.addAll(idsOf(target));
        return blocks.keepApart(ids, Set.of(storedId));
    }

    private TrialGroup newGroup() {
        TrialGroup group = new TrialGroup();
        groups.add(group);
        return group;
    }

    private Set<String> storedMatches(Trial trial) {
        Set<String> ids = new LinkedHashSet<>();
        storedIds.resolve(trial.id()).ifPresent(ids::add);
        ids.addAll(storedIds.byRegistryIds(trial.registryIds().stream().filter(r -> r.registry() != null)
                .map(RegistryId::id).toList()));
        for (RegistryId id : trial.registryIds()) {
            if (id.registry() == null) {
                ids.addAll(storedIds.bySponsorId(id.id(), trial.leadSponsor()));
            }
        }
        return ids;
    }

    /** Writes the plan; called inside the batch's transaction. */
    void apply(StoreTransaction tx) {
        events.clear();
        Map<TrialGroup, String> finalIds = new HashMap<>();
        for (TrialGroup group : groups) {
            finalIds.put(group, write(group, tx));
        }
        for (Planned p : planned) {
            String id = finalIds.get(owner(p.group()));
            SourceRef ref = p.input().sourced().source();
            events.add(new ImportEvent(p.added().kind(), id, ref.format(), fileNamed(p.input()), p.added().message()));
        }
    }

    /** The file as the import named it (a stored source: its source name). */
    private static String fileNamed(MergeInput input) {
        return input.pending() != null ? input.pending().file() : input.sourced().source().file();
    }

    /** A group absorbed by a later one is written as part of it. */
    private TrialGroup owner(TrialGroup group) {
        if (groups.contains(group)) {
            return group;
        }
        return groups.stream().filter(g -> g.inputs.containsAll(group.inputs)).findFirst().orElse(group);
    }

    private String write(TrialGroup group, StoreTransaction tx) {
        Trial merged = group.merged(storedSources.reader());
        String id = merged.id();
        tx.saveTrial(merged);
        for (String storedId : group.storedIds) {
            if (!storedId.equals(id)) {
                tx.moveSources(storedId, id);
                tx.moveAnnotations(storedId, id);
                tx.moveCorrections(storedId, id);
                tx.deleteTrial(storedId);
            }
        }
        group.replacedShas.forEach(tx::removeSource);
        for (MergeInput input : group.inputs) {
            if (input.isNew()) {
                addSources(input.pending(), id, tx);
            }
        }
        return id;
    }

    private void addSources(PendingRecord p, String trialId, StoreTransaction tx) {
        Restore restore = restores.get(p);
        if (restore == null) {
            tx.addSource(trialId, p.source(), p.importerVersion(), p.raw());
            return;
        }
        // A restored trial keeps the sources it was exported with; its raw bytes are the export
        // record, marked by importer version 0 so they are never re-read as the original format.
        restore.sources().forEach(ref -> tx.addSource(trialId, ref, 0, p.raw()));
    }

    private Restore restoreOf(Trial trial, SourceRef fallback) {
        List<SourceRef> refs = trial.sources().isEmpty() ? List.of(fallback) : trial.sources();
        return new Restore(refs.stream().filter(r -> store.findSourceBySha256(r.sha256()).isEmpty()).toList());
    }

    /** After the commit: tells of stored trials that may be the same as a written one. */
    List<ImportEvent> possibleDuplicates() {
        Map<TrialGroup, String> titles = new LinkedHashMap<>();
        List<String> ofLocal = new ArrayList<>();
        List<String> ofRegistered = new ArrayList<>();
        for (TrialGroup group : groups) {
            Trial merged = group.merged(storedSources.reader());
            String title = merged.officialTitle() != null ? merged.officialTitle() : merged.briefTitle();
            if (title != null) {
                titles.put(group, title);
                (LocalIds.isLocal(merged.id()) ? ofLocal : ofRegistered).add(title);
            }
        }
        // A local trial may be any stored trial's twin; a registry trial only a local one's.
        Map<String, List<String>> twins = store.findTrialIdsByOfficialTitles(ofLocal);
        Map<String, List<String>> localTwins = store.findLocalTrialIdsByOfficialTitles(ofRegistered);
        List<ImportEvent> found = new ArrayList<>();
        titles.forEach((group, title) -> {
            String id = group.merged(storedSources.reader()).id();
            for (String other : (LocalIds.isLocal(id) ? twins : localTwins).getOrDefault(title, List.of())) {
                if (!Objects.equals(other, id) && (LocalIds.isLocal(other) || LocalIds.isLocal(id))
                        && !blocks.keepApart(other, id)) {
                    found.add(new ImportEvent(ImportEvent.Kind.WARNING, id, null,
                            fileNamed(group.inputs.get(0)), "may be the same trial as " + other
                            + " (same official title); merge them in the trial view if so"));
                }
            }
        });
        return found;
    }

    /** The id under which a pending record was stored (its group's merged id). */
    String storedIdOf(PendingRecord pending, String fallback) {
        for (Planned p : planned) {
            if (p.input().pending() == pending) {
                return owner(p.group()).merged(storedSources.reader()).id();
            }
        }
        return fallback;
    }

    List<ImportEvent> events() {
        return events;
    }
}
