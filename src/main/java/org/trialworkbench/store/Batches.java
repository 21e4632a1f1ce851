package org.trialworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pending batched statements, executed in the fixed order they were declared in (parents
 * before children, as the foreign keys require). Batching rows of many trials together is
 * what makes saving thousands of trials a second possible.
 */
final class Batches implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, Integer> pendingRows = new LinkedHashMap<>();
    private int pending;

    Batches(Connection connection, List<String> sqlInExecutionOrder) {
        this.connection = connection;
        sqlInExecutionOrder.forEach(sql -> statements.put(sql, null));
    }

    /** The statement for one of the declared SQL texts; call addBatch on it, then {@link #added}. */
    PreparedStatement statement(String sql) throws SQLException {
        if (!statements.containsKey(sql)) {
            throw new IllegalArgumentException("undeclared batch statement: " + sql);
        }
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Starts a child row: the statement with trial id (1) and position (2) set. */
    PreparedStatement row(String sql, String trialId, int position) throws SQLException {
        PreparedStatement ps = statement(sql);
        ps.setString(1, trialId);
        ps.setInt(2, position);
        return ps;
    }

    /** Adds the row whose parameters were set on the statement to its batch. */
    void add(String sql) throws SQLException {
        statement(sql).addBatch();
        pendingRows.merge(sql, 1, Integer::sum);
        pending++;
    }

    int pending() {
        return pending;
    }

    /** Executes every pending row, in declaration order. */
    void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        for (Map.Entry<String, PreparedStatement> e : statements.entrySet()) {
            if (pendingRows.containsKey(e.getKey())) {
                e.getValue().executeBatch();
            }
        }
        pendingRows.clear();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            if (ps != null) {
                ps.close();
            }
        }
    }
}
