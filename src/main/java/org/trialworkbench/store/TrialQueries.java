package org.trialworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
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
    /** The same whitespace/case normalization as the V2 column official_title_key, of a text expression. */
    private static final String TITLE_KEY_OF = "LOWER(TRIM(REGEXP_REPLACE(CAST(%s AS VARCHAR), '(?U)\\s+', ' ')))";

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

    /** Ids of trials with each of these official titles, ignoring case and runs of whitespace; ordered by id. */
    Map<String, List<String>> byOfficialTitles(Collection<String> titles) throws SQLException {
        return byOfficialTitles(titles, false);
    }

    /**
     * As {@link #byOfficialTitles(Collection)}; with {@code localOnly}, only trials whose id starts with
     * {@code local-} (the index on title key and id finds them without visiting the other trials).
     */
    Map<String, List<String>> byOfficialTitles(Collection<String> titles, boolean localOnly) throws SQLException {
        List<String> given = titles.stream().filter(t -> t != null && !t.isBlank()).distinct().toList();
        Map<String, List<String>> found = new LinkedHashMap<>();
        given.forEach(t -> found.put(t, new ArrayList<>()));
        if (given.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT u.title, t.id FROM UNNEST(?) AS u(title)"
                + " JOIN trial t ON t.official_title_key = " + TITLE_KEY_OF.formatted("u.title")
                + (localOnly ? " AND t.id >= 'local-' AND t.id < 'local.'" : "") + " ORDER BY t.id")) {
            ps.setObject(1, given.toArray(new String[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        return found;
    }

    int count() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM trial");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
