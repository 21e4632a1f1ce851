package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;

/**
 * Builds a trial's registry id list in source order after the NCT id: secondary ids in canonical form
 * (a EudraCT number becomes {@code EUCTR2015-001894-41}); the sponsor's own ids (the org
 * study id and secondary ids no registry pattern recognizes) with registry null. No repeats.
 */
public final class CtgovIds {
    private final List<RegistryId> ids = new ArrayList<>();

    public CtgovIds(String nctId) {
        ids.add(new RegistryId(nctId, RegistryIds.CTGOV));
    }

    /** A secondary id: canonical when it is a known registry's id, else a sponsor id. */
    public CtgovIds secondary(String raw) {
        String id = CtgovText.clean(raw);
        if (id != null) {
            Optional<RegistryId> known = RegistryIds.recognize(id);
            add(known.orElse(new RegistryId(id, null)));
        }
        return this;
    }

    /** The sponsor's own study id (orgStudyId), kept as written. */
    public CtgovIds sponsor(String raw) {
        String id = CtgovText.clean(raw);
        if (id != null) {
            add(new RegistryId(id, null));
        }
        return this;
    }

    public List<RegistryId> list() {
        return List.copyOf(ids);
    }

    private void add(RegistryId id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }
}
