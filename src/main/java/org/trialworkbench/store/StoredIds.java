package org.trialworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;

/**
 * The stored trial ids, registry ids and sponsor study ids that answer to a set of ids, fetched in
 * one query so that an import batch asks the store once, not a few times per record. Answers the
 * same questions as the single lookups of {@link H2Store}, which are built on it.
 */
public final class StoredIds {
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String SQL = "SELECT id, id, 'T', CAST(NULL AS VARCHAR) FROM trial WHERE id_key = ANY(?1)"
            + " UNION ALL SELECT r.trial_id, r.id, CASE WHEN r.registry IS NULL THEN 'S' ELSE 'R' END, t.lead_sponsor"
            + " FROM registry_id r JOIN trial t ON t.id = r.trial_id WHERE r.id_key = ANY(?1)";

    private enum Kind { TRIAL, REGISTRY, SPONSOR }

    /** A stored id as written, the trial it belongs to, and (sponsor ids) that trial's lead sponsor. */
    private record Entry(String trialId, String spelled, Kind kind, String leadSponsor) {
    }

    private final Map<String, List<Entry>> byKey;

    private StoredIds(Map<String, List<Entry>> byKey) {
        this.byKey = byKey;
    }

    static StoredIds fetch(Connection connection, Collection<String> anyIds) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        anyIds.forEach(id -> keys.addAll(keysOf(id)));
        Map<String, List<Entry>> byKey = new HashMap<>();
        if (keys.isEmpty()) {
            return new StoredIds(byKey);
        }
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setObject(1, keys.toArray(new String[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Kind kind = switch (rs.getString(3)) {
                        case "T" -> Kind.TRIAL;
                        case "R" -> Kind.REGISTRY;
                        default -> Kind.SPONSOR;
                    };
                    Entry e = new Entry(rs.getString(1), rs.getString(2), kind, rs.getString(4));
                    byKey.computeIfAbsent(key(e.spelled()), k -> new ArrayList<>()).add(e);
                }
            }
        }
        return new StoredIds(byKey);
    }

    /** The id as written (stripped) and its canonical spelling, both upper-cased: the stored id_key. */
    private static Set<String> keysOf(String raw) {
        Set<String> keys = new LinkedHashSet<>();
        if (raw != null && !raw.isBlank()) {
            keys.add(key(raw));
            RegistryIds.recognize(raw).ifPresent(r -> keys.add(key(r.id())));
        }
        return keys;
    }

    private static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * A trial id, or the trial having this registry id: exact spelling first, then ignoring case,
     * then the id's canonical spelling. Sponsor ids are not used (they are not unique). The id must
     * have been among those fetched.
     */
    public Optional<String> resolve(String anyId) {
        if (anyId == null || anyId.isBlank()) {
            return Optional.empty();
        }
        String id = anyId.strip();
        Optional<String> found = first(id, Kind.TRIAL, e -> e.spelled().equals(id))
                .or(() -> first(id, Kind.REGISTRY, e -> e.spelled().equals(id)))
                .or(() -> first(id, Kind.TRIAL, e -> true))
                .or(() -> first(id, Kind.REGISTRY, e -> true));
        if (found.isPresent()) {
            return found;
        }
        Optional<RegistryId> canonical = RegistryIds.recognize(id);
        return canonical.isPresent() && !canonical.get().id().equals(id) ? resolve(canonical.get().id())
                : Optional.empty();
    }

    private Optional<String> first(String id, Kind kind, Predicate<Entry> match) {
        return byKey.getOrDefault(key(id), List.of()).stream()
                .filter(e -> e.kind() == kind && match.test(e))
                .map(Entry::trialId).min(String::compareTo);
    }

    /** Ids of trials having any of these registry ids (any case, any spelling); sorted. */
    public Set<String> byRegistryIds(Collection<String> registryIds) {
        Set<String> ids = new TreeSet<>();
        for (String raw : registryIds) {
            for (String k : keysOf(raw)) {
                byKey.getOrDefault(k, List.of()).stream().filter(e -> e.kind() == Kind.REGISTRY)
                        .forEach(e -> ids.add(e.trialId()));
            }
        }
        return ids;
    }

    /**
     * Ids of trials having this sponsor study id under the same lead sponsor (both compared ignoring
     * case and runs of whitespace); a null lead sponsor matches nothing. Sorted.
     */
    public Set<String> bySponsorId(String sponsorStudyId, String leadSponsor) {
        if (sponsorStudyId == null || sponsorStudyId.isBlank() || leadSponsor == null || leadSponsor.isBlank()) {
            return Set.of();
        }
        String sponsor = sponsorKey(leadSponsor);
        Set<String> ids = new TreeSet<>();
        byKey.getOrDefault(key(sponsorStudyId), List.of()).stream()
                .filter(e -> e.kind() == Kind.SPONSOR && e.leadSponsor() != null
                        && sponsorKey(e.leadSponsor()).equals(sponsor))
                .forEach(e -> ids.add(e.trialId()));
        return ids;
    }

    private static String sponsorKey(String sponsor) {
        return SPACES.matcher(sponsor).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
