package org.trialworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialworkbench.model.SourceRef;

/** Reads stored sources and their raw bytes. */
final class SourceQueries {
    private static final String COLUMNS = "SELECT trial_id, format, file, sha256, imported_at, importer_version,"
            + " raw_compressed, raw_size FROM source";

    private final Connection connection;

    SourceQueries(Connection connection) {
        this.connection = connection;
    }

    /** The stored sources among these SHA-256 digests, by digest. */
    Map<String, StoredSource> bySha256(Collection<String> sha256s) throws SQLException {
        Map<String, StoredSource> found = new HashMap<>();
        if (sha256s.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS + " WHERE sha256 = ANY(?)")) {
            ps.setObject(1, sha256s.toArray(new String[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredSource s = new StoredSource(rs.getString("trial_id"), ref(rs), rs.getInt("importer_version"));
                    found.put(s.ref().sha256(), s);
                }
            }
        }
        return found;
    }

    List<RawSource> rawSourcesOf(String trialId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS
                + " WHERE trial_id = ? AND raw_compressed IS NOT NULL ORDER BY position, sha256")) {
            ps.setString(1, trialId);
            List<RawSource> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] raw = Compression.inflate(rs.getBytes("raw_compressed"), rs.getLong("raw_size"));
                    result.add(new RawSource(ref(rs), rs.getInt("importer_version"), raw));
                }
            }
            return result;
        }
    }

    static SourceRef ref(ResultSet rs) throws SQLException {
        return new SourceRef(rs.getString("format"), rs.getString("file"), rs.getString("sha256"),
                Sql.instantOf(rs, "imported_at"));
    }
}
