package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;

/**
 * Builds a trial's registry id list in source order after the NCT id: secondary ids in canonical form
 * (a EudraCT number becomes {@code EUCTR2015-001894-41}); the sponsor's own ids (the org
 * study id and secondary ids no registry pattern recognizes) with registry null. No repeats.
 * The legacy importers also read a registry id in the org study id and a registry number whose
 * prefix only the secondary id's domain gives.
 */
public final class CtgovIds {
    /** The registry's short name that leads a domain: "ISRCTN", "DRKS (Deutsches Register ...)". */
    private static final Pattern DOMAIN_NAME = Pattern.compile("^\\s*([A-Za-z][A-Za-z-]*)");
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

    /**
     * A secondary id with the type and domain the record gives it (API v1 "Registry Identifier"
     * with domain "ISRCTN", API v2 {@code REGISTRY}). A registry number written without its
     * registry's prefix ("24791884" in domain "ISRCTN") is that registry's id when the domain's
     * leading name and the number together are one; otherwise as {@link #secondary(String)}.
     */
    public CtgovIds secondary(String raw, String type, String domain) {
        String id = CtgovText.clean(raw);
        if (id != null && RegistryIds.recognize(id).isEmpty() && isRegistryType(type)) {
            Optional<RegistryId> prefixed = withDomainPrefix(id, domain);
            if (prefixed.isPresent()) {
                add(prefixed.get());
                return this;
            }
        }
        return secondary(raw);
    }

    private static boolean isRegistryType(String type) {
        String token = CtgovVocabulary.token(type);
        return token.equals("REGISTRY") || token.equals("REGISTRY_IDENTIFIER");
    }

    /** Never an NCT id: the trial's own id comes from the record's NCT field only. */
    private static Optional<RegistryId> withDomainPrefix(String id, String domain) {
        Matcher m = DOMAIN_NAME.matcher(domain == null ? "" : domain);
        if (!m.find()) {
            return Optional.empty();
        }
        return RegistryIds.recognize(m.group(1) + id).filter(r -> !RegistryIds.CTGOV.equals(r.registry()));
    }

    /**
     * The org study id of a legacy record: a sponsor that registers its trial under its EudraCT
     * number ("2014-005586-75") gives a registry's id, read in canonical form; anything else is the
     * sponsor's own id as written. An NCT id there is never taken as this trial's registry id.
     */
    public CtgovIds orgStudyId(String raw) {
        String id = CtgovText.clean(raw);
        Optional<RegistryId> known = RegistryIds.recognize(id).filter(r -> !RegistryIds.CTGOV.equals(r.registry()));
        if (known.isPresent()) {
            add(known.get());
            return this;
        }
        return sponsor(raw);
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
