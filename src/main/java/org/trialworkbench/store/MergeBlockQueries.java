package org.trialworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads merge blocks and the title look-alikes of local trials. */
final class MergeBlockQueries {
    private static final String TWINS = "SELECT a.id, b.id, a.official_title FROM trial a"
            + " JOIN trial b ON b.official_title_key = a.official_title_key AND b.id <> a.id"
            + " WHERE a.id LIKE 'local-%' AND a.official_title_key <> '' ORDER BY a.id, b.id";

    private final Connection connection;

    MergeBlockQueries(Connection connection) {
        this.connection = connection;
    }

    Set<MergeBlock> all() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT trial_id_a, trial_id_b FROM merge_block ORDER BY trial_id_a, trial_id_b");
             ResultSet rs = ps.executeQuery()) {
            Set<MergeBlock> blocks = new LinkedHashSet<>();
            while (rs.next()) {
                blocks.add(new MergeBlock(rs.getString(1), rs.getString(2)));
            }
            return blocks;
        }
    }

    List<TitleTwin> titleTwins() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(TWINS); ResultSet rs = ps.executeQuery()) {
            List<TitleTwin> twins = new ArrayList<>();
            while (rs.next()) {
                twins.add(new TitleTwin(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return twins;
        }
    }
}
