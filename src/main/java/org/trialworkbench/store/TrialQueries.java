package org.trialworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.TrialSummary;

/** Search and lookup queries over trials. User text is only ever a bound parameter. */
final class TrialQueries {
    private static final String SUMMARY = "SELECT t.id, t.overall_status, t.brief_title,"
            + " (SELECT MIN(r.registry) FROM registry_id r WHERE r.trial_id = t.id AND r.id = t.id) AS registry,"
            + " (SELECT LISTAGG(p.phase, ',') WITHIN GROUP (ORDER BY p.position) FROM trial_phase p"
            + " WHERE p.trial_id = t.id) AS phases FROM trial t";
    private static final String MATCHES = " WHERE t.id ILIKE ?1 ESCAPE '\\' OR t.brief_title ILIKE ?1 ESCAPE '\\'"
            + " OR t.official_title ILIKE ?1 ESCAPE '\\' OR t.acronym ILIKE ?1 ESCAPE '\\'"
            + " OR t.lead_sponsor ILIKE ?1 ESCAPE '\\'"
            + " OR EXISTS (SELECT 1 FROM registry_id r WHERE r.trial_id = t.id AND r.id ILIKE ?1 ESCAPE '\\')"
            + " OR EXISTS (SELECT 1 FROM trial_condition c WHERE c.trial_id = t.id AND c.name ILIKE ?1 ESCAPE '\\')";
    /** The same whitespace/case normalization as the V2 column official_title_key. */
    private static final String TITLE_KEY_OF_PARAMETER = "LOWER(TRIM(REGEXP_REPLACE(CAST(? AS VARCHAR), '(?U)\\s+', ' ')))";

    private final Connection connection;

    TrialQueries(Connection connection) {
        this.connection = connection;
    }

    List<TrialSummary> list(String query) throws SQLException {
        boolean all = query == null || query.isBlank();
        try (PreparedStatement ps = connection.prepareStatement(SUMMARY + (all ? "" : MATCHES) + " ORDER BY t.id")) {
            if (!all) {
                ps.setString(1, Sql.containsPattern(query.strip()));
            }
            List<TrialSummary> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(summary(rs));
                }
            }
            return result;
        }
    }

    private static TrialSummary summary(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        String registry = rs.getString("registry");
        if (registry == null) {
            registry = RegistryIds.recognize(id).map(RegistryId::registry).orElse(null);
        }
        String phases = rs.getString("phases");
        List<Phase> phaseList = phases == null || phases.isEmpty() ? List.of()
                : Arrays.stream(phases.split(",")).map(Phase::valueOf).toList();
        return new TrialSummary(id, registry, phaseList, Sql.enumOf(rs, "overall_status", OverallStatus.class),
                rs.getString("brief_title"));
    }

    /**
     * A trial id, or the trial having this registry id: exact spelling first, then ignoring
     * case, then the id's canonical spelling. Sponsor ids are not used (they are not unique).
     */
    Optional<String> resolveId(String anyId) throws SQLException {
        if (anyId == null || anyId.isBlank()) {
            return Optional.empty();
        }
        String id = anyId.strip();
        Optional<String> found = first("SELECT id FROM trial WHERE id = ?", id)
                .or(() -> first("SELECT MIN(trial_id) FROM registry_id WHERE id = ? AND registry IS NOT NULL", id))
                .or(() -> first("SELECT MIN(id) FROM trial WHERE id_key = UPPER(?)", id))
                .or(() -> first("SELECT MIN(trial_id) FROM registry_id WHERE id_key = UPPER(?)"
                        + " AND registry IS NOT NULL", id));
        if (found.isPresent()) {
            return found;
        }
        Optional<RegistryId> canonical = RegistryIds.recognize(id);
        return canonical.isPresent() && !canonical.get().id().equals(id) ? resolveId(canonical.get().id())
                : Optional.empty();
    }

    Set<String> byRegistryIds(Collection<String> registryIds) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        for (String raw : registryIds) {
            if (raw != null && !raw.isBlank()) {
                keys.add(raw.strip().toUpperCase(Locale.ROOT));
                RegistryIds.recognize(raw).ifPresent(r -> keys.add(r.id().toUpperCase(Locale.ROOT)));
            }
        }
        if (keys.isEmpty()) {
            return Set.of();
        }
        return ids("SELECT DISTINCT trial_id FROM registry_id WHERE registry IS NOT NULL AND id_key = ANY(?)",
                (Object) keys.toArray(new String[0]));
    }

    Set<String> bySponsorId(String sponsorStudyId, String leadSponsor) throws SQLException {
        if (sponsorStudyId == null || sponsorStudyId.isBlank() || leadSponsor == null || leadSponsor.isBlank()) {
            return Set.of();
        }
        return ids("SELECT DISTINCT r.trial_id FROM registry_id r JOIN trial t ON t.id = r.trial_id"
                + " WHERE r.registry IS NULL AND r.id_key = UPPER(?)"
                + " AND LOWER(TRIM(REGEXP_REPLACE(t.lead_sponsor, '(?U)\\s+', ' '))) = " + TITLE_KEY_OF_PARAMETER,
                sponsorStudyId.strip(), leadSponsor);
    }

    List<String> byOfficialTitle(String title) throws SQLException {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(ids("SELECT id FROM trial WHERE official_title_key = " + TITLE_KEY_OF_PARAMETER,
                title));
    }

    int count() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM trial");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Ids from the first column, sorted. */
    private Set<String> ids(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            Set<String> ids = new TreeSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    private Optional<String> first(String sql, String parameter) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Looking up " + parameter + " failed: " + H2Store.firstLine(e.getMessage()), e);
        }
    }
}
