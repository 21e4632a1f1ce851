package org.trialworkbench.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.analysis.merge.SourcedTrial;
import org.trialworkbench.analysis.merge.TrialMerger;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;

/**
 * The sources found to be one trial during a batch: inputs from the store and from this import,
 * the stored trial ids they absorb, and the source rows a newer version of a record replaces.
 */
final class TrialGroup {
    final List<MergeInput> inputs = new ArrayList<>();
    final Set<String> storedIds = new LinkedHashSet<>();
    final Set<String> replacedShas = new LinkedHashSet<>();
    private Trial merged;

    /** What adding a record made of it, and for an UNCHANGED one, why. */
    record Added(ImportEvent.Kind kind, String message) {
        static Added of(ImportEvent.Kind kind) {
            return new Added(kind, null);
        }
    }

    /**
     * Adds a new record. IMPORTED for a first source, UPDATED when it is a newer version of a record
     * already here, MERGED when it joins other sources, UNCHANGED when it is an older version than the
     * one kept or the same version (same update date): the copy already held is kept, so importing the
     * same files again never swaps one copy of a record for another.
     */
    Added add(MergeInput input) {
        for (int i = 0; i < inputs.size(); i++) {
            MergeInput old = inputs.get(i);
            if (old.sameRecordAs(input)) {
                int newer = compareDates(input.lastUpdate(), old.lastUpdate());
                if (newer < 0) {
                    return new Added(ImportEvent.Kind.UNCHANGED, "an older version than the one stored; kept the newer");
                }
                if (newer == 0) {
                    return new Added(ImportEvent.Kind.UNCHANGED, sameVersion(old));
                }
                inputs.set(i, input);
                if (!old.isNew()) {
                    replacedShas.add(old.sourced().source().sha256());
                }
                return Added.of(ImportEvent.Kind.UPDATED);
            }
        }
        boolean first = inputs.isEmpty();
        inputs.add(input);
        return Added.of(first ? ImportEvent.Kind.IMPORTED : ImportEvent.Kind.MERGED);
    }

    private static String sameVersion(MergeInput kept) {
        String version = kept.lastUpdate() == null ? "no update date, as " : "the same update date, " + kept.lastUpdate() + ", as ";
        return version + (kept.isNew() ? "a copy of this record read before it in this import; kept that copy"
                : "the copy stored; kept the stored copy");
    }

    void absorb(TrialGroup other) {
        inputs.addAll(other.inputs);
        storedIds.addAll(other.storedIds);
        replacedShas.addAll(other.replacedShas);
    }

    /**
     * The merged trial; computed once, after the batch has been planned. Merged from several
     * sources, it is read once more: a schedule's horizon depends on dates another source gave.
     */
    Trial merged(TrialReader reader) {
        if (merged == null) {
            Trial fromSources = TrialMerger.merge(inputs.stream().map(MergeInput::sourced).toList());
            if (inputs.size() > 1) {
                fromSources = reader.read(fromSources);
            }
            merged = fromSources.toBuilder().corrections(unitedCorrections()).build();
        }
        return merged;
    }

    /** The corrections restored trials bring along, once each (by id); a re-read source has none. */
    private List<Correction> unitedCorrections() {
        java.util.Map<String, Correction> byId = new java.util.LinkedHashMap<>();
        for (MergeInput input : inputs) {
            input.sourced().trial().corrections().forEach(c -> byId.putIfAbsent(c.id(), c));
        }
        return new ArrayList<>(byId.values());
    }

    /** The ids by which other records find this group: registry ids, and sponsor ids with the sponsor. */
    Set<String> matchKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (MergeInput input : inputs) {
            keys.addAll(matchKeys(input.sourced()));
        }
        return keys;
    }

    static Set<String> matchKeys(SourcedTrial s) {
        Set<String> keys = new LinkedHashSet<>();
        Trial t = s.trial();
        if (!t.id().startsWith("local-")) {
            keys.add("id:" + t.id());
        }
        for (RegistryId id : t.registryIds()) {
            if (id.registry() != null) {
                keys.add("id:" + id.id());
            } else if (t.leadSponsor() != null) {
                keys.add("sponsor:" + id.id().toLowerCase(java.util.Locale.ROOT) + "|"
                        + t.leadSponsor().toLowerCase(java.util.Locale.ROOT).strip());
            }
        }
        return keys;
    }

    private static int compareDates(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
