package org.trialworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;

/**
 * Rows and queries of the reviewer's own work on trials: annotations and corrections. Both are
 * kept when their trial is saved again (a re-import) and go only with the trial.
 */
final class ReviewerNotes {
    static final String ANNOTATION_ORDER = " ORDER BY created_at, id";
    static final String CORRECTION_ORDER = " ORDER BY created_at, id";
    static final String INSERT_CORRECTION = "INSERT INTO correction (id, trial_id, target, field, original_value,"
            + " corrected_value, author, created_at, anchor_text, source_changed) VALUES (?,?,?,?,?,?,?,?,?,?)";

    private final Connection connection;

    ReviewerNotes(Connection connection) {
        this.connection = connection;
    }

    static Annotation annotation(ResultSet rs) throws SQLException {
        return new Annotation(rs.getString("id"), rs.getString("target"), rs.getString("tag"), rs.getString("note"),
                rs.getString("author"), Sql.instantOf(rs, "created_at"), Sql.instantOf(rs, "updated_at"),
                rs.getString("anchor_text"), rs.getBoolean("source_changed"));
    }

    static Correction correction(ResultSet rs) throws SQLException {
        return new Correction(rs.getString("id"), rs.getString("target"), rs.getString("field"),
                rs.getString("original_value"), rs.getString("corrected_value"), rs.getString("author"),
                Sql.instantOf(rs, "created_at"), rs.getString("anchor_text"), rs.getBoolean("source_changed"));
    }

    /** The parameters of {@link #INSERT_CORRECTION}. */
    static Object[] correctionRow(String trialId, Correction c) {
        return new Object[] {c.id(), trialId, c.target(), c.field(), c.originalValue(), c.correctedValue(),
                c.author(), c.createdAt(), c.anchorText(), c.sourceChanged()};
    }

    /** Annotations of each of the trials that has any, trials in id order. */
    Map<String, List<Annotation>> annotationsOf(Collection<String> trialIds) throws SQLException {
        return grouped("SELECT * FROM annotation WHERE trial_id = ANY(?) ORDER BY trial_id, created_at, id",
                trialIds, ReviewerNotes::annotation);
    }

    /** Corrections of each of the trials that has any, trials in id order. */
    Map<String, List<Correction>> correctionsOf(Collection<String> trialIds) throws SQLException {
        return grouped("SELECT * FROM correction WHERE trial_id = ANY(?) ORDER BY trial_id, created_at, id",
                trialIds, ReviewerNotes::correction);
    }

    Optional<String> trialOf(String table, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT trial_id FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Those of the trials that have an annotation or a correction. */
    Set<String> withNotes(Collection<String> trialIds) throws SQLException {
        Set<String> ids = new TreeSet<>();
        for (String table : List.of("annotation", "correction")) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT DISTINCT trial_id FROM " + table + " WHERE trial_id = ANY(?)")) {
                ps.setObject(1, trialIds.toArray(new String[0]));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        return ids;
    }

    private <T> Map<String, List<T>> grouped(String sql, Collection<String> trialIds, TrialRowReader.Row<T> row)
            throws SQLException {
        Map<String, List<T>> result = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setObject(1, trialIds.toArray(new String[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString("trial_id"), k -> new java.util.ArrayList<>()).add(row.map(rs));
                }
            }
        }
        return result;
    }
}
