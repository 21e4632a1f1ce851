package org.trialworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;

/**
 * {@link StoreTransaction} on one JDBC connection. Rows of saved trials are batched; pending
 * batches are executed before any other statement, so operations take effect in call order.
 */
final class JdbcStoreTransaction implements StoreTransaction {
    /** First-level child tables; their own children go with them (ON DELETE CASCADE). */
    private static final List<String> CHILD_TABLES = List.of("registry_id", "trial_phase", "trial_condition",
            "trial_country", "criterion", "outcome", "arm", "intervention", "cohort", "conflict", "field_provenance_set");
    private static final List<String> CLEAR_CHILDREN = CHILD_TABLES.stream()
            .map(table -> "DELETE FROM " + table + " WHERE trial_id = ?").toList();
    /** Listed sources take positions 0..n-1; the trial's other stored sources follow them. */
    private static final String SHIFT_SOURCES = "UPDATE source SET position = position + ? WHERE trial_id = ?";
    private static final int MAX_PENDING_ROWS = 20_000;

    private final Connection connection;
    private final Batches batches;
    private final TrialRowWriter writer;
    private final Set<String> pendingTrialIds = new HashSet<>();
    private PreparedStatement existsQuery;

    JdbcStoreTransaction(Connection connection) {
        this.connection = connection;
        // Clearing a re-saved trial's rows comes before any row is written.
        List<String> order = new java.util.ArrayList<>(CLEAR_CHILDREN);
        order.add(SHIFT_SOURCES);
        order.addAll(TrialRowWriter.statementsInOrder());
        this.batches = new Batches(connection, order);
        this.writer = new TrialRowWriter(batches);
    }

    @Override
    public void saveTrial(Trial trial) {
        run("Saving trial " + trial.id(), () -> {
            if (pendingTrialIds.contains(trial.id())) {
                flush();
            }
            if (exists(trial.id())) {
                clearChildren(trial.id(), trial.sources().size());
            }
            writer.add(trial);
            pendingTrialIds.add(trial.id());
            listedShas.put(trial.id(), trial.sources().stream().map(SourceRef::sha256)
                    .collect(java.util.stream.Collectors.toSet()));
            if (batches.pending() > MAX_PENDING_ROWS) {
                flush();
            }
        });
    }

    private void clearChildren(String id, int listedSources) throws SQLException {
        for (String delete : CLEAR_CHILDREN) {
            batches.statement(delete).setString(1, id);
            batches.add(delete);
        }
        PreparedStatement shift = batches.statement(SHIFT_SOURCES);
        shift.setInt(1, listedSources);
        shift.setString(2, id);
        batches.add(SHIFT_SOURCES);
    }

    @Override
    public void deleteTrial(String trialId) {
        run("Deleting trial " + trialId, () -> {
            flush();
            update("DELETE FROM trial WHERE id = ?", trialId);
        });
    }

    @Override
    public void addSource(String trialId, SourceRef ref, int importerVersion, byte[] raw) {
        run("Adding source " + ref.file() + " to trial " + trialId, () -> {
            if (pendingTrialIds.contains(trialId) && listedIn(trialId, ref)) {
                // Saved in this batch with the source listed: its row is attached by the same batch.
                writer.addSourceRaw(trialId, ref.sha256(), importerVersion, raw);
                return;
            }
            flush();
            requireTrial(trialId);
            Optional<String> owner = string("SELECT trial_id FROM source WHERE sha256 = ?", ref.sha256());
            if (owner.isPresent() && !owner.get().equals(trialId)) {
                throw new StoreException("The source " + ref.file() + " is already stored with trial " + owner.get()
                        + ".");
            }
            byte[] compressed = raw == null ? null : Compression.deflate(raw);
            Long size = raw == null ? null : (long) raw.length;
            if (owner.isPresent()) {
                update("UPDATE source SET format = ?, file = ?, imported_at = ?, importer_version = ?,"
                        + " raw_compressed = ?, raw_size = ? WHERE sha256 = ?", ref.format(), ref.file(),
                        ref.importedAt(), importerVersion, compressed, size, ref.sha256());
            } else {
                update("INSERT INTO source (sha256, trial_id, position, format, file, imported_at, importer_version,"
                        + " raw_compressed, raw_size) VALUES (?,?,?,?,?,?,?,?,?)", ref.sha256(), trialId,
                        nextSourcePosition(trialId), ref.format(), ref.file(), ref.importedAt(), importerVersion,
                        compressed, size);
            }
        });
    }

    private final java.util.Map<String, java.util.Set<String>> listedShas = new java.util.HashMap<>();

    private boolean listedIn(String trialId, SourceRef ref) {
        return listedShas.getOrDefault(trialId, java.util.Set.of()).contains(ref.sha256());
    }

    @Override
    public void moveSources(String fromTrialId, String toTrialId) {
        run("Moving sources to trial " + toTrialId, () -> {
            flush();
            requireTrial(toTrialId);
            update("UPDATE source SET trial_id = ?, position = position + ? WHERE trial_id = ?", toTrialId,
                    nextSourcePosition(toTrialId), fromTrialId);
        });
    }

    @Override
    public void removeSource(String sha256) {
        run("Removing source " + sha256, () -> {
            flush();
            update("DELETE FROM source WHERE sha256 = ?", sha256);
        });
    }

    @Override
    public void moveSource(String sha256, String toTrialId) {
        run("Moving a source to trial " + toTrialId, () -> {
            flush();
            requireTrial(toTrialId);
            update("UPDATE source SET trial_id = ?, position = ? WHERE sha256 = ? AND trial_id <> ?", toTrialId,
                    nextSourcePosition(toTrialId), sha256, toTrialId);
        });
    }

    @Override
    public void moveAnnotations(String fromTrialId, String toTrialId) {
        run("Moving annotations to trial " + toTrialId, () -> {
            flush();
            requireTrial(toTrialId);
            update("UPDATE annotation SET trial_id = ? WHERE trial_id = ?", toTrialId, fromTrialId);
        });
    }

    @Override
    public Annotation addAnnotation(String trialId, Annotation a) {
        Annotation stored = a.id() != null ? a : a.withId(UUID.randomUUID().toString());
        run("Adding an annotation to trial " + trialId, () -> {
            flush();
            requireTrial(trialId);
            update("INSERT INTO annotation (id, trial_id, target, tag, note, author, created_at, updated_at,"
                    + " anchor_text, source_changed) VALUES (?,?,?,?,?,?,?,?,?,?)", stored.id(), trialId,
                    stored.target(), stored.tag(), stored.note(), stored.author(), stored.createdAt(),
                    stored.updatedAt(), stored.anchorText(), stored.sourceChanged());
        });
        return stored;
    }

    @Override
    public void updateAnnotation(String trialId, Annotation a) {
        run("Changing an annotation of trial " + trialId, () -> {
            flush();
            int n = update("UPDATE annotation SET target = ?, tag = ?, note = ?, author = ?, created_at = ?,"
                    + " updated_at = ?, anchor_text = ?, source_changed = ? WHERE id = ? AND trial_id = ?",
                    a.target(), a.tag(), a.note(), a.author(), a.createdAt(), a.updatedAt(), a.anchorText(),
                    a.sourceChanged(), a.id(), trialId);
            if (n == 0) {
                throw new StoreException("Trial " + trialId + " has no annotation " + a.id() + ".");
            }
        });
    }

    @Override
    public void deleteAnnotation(String annotationId) {
        run("Deleting an annotation", () -> {
            flush();
            update("DELETE FROM annotation WHERE id = ?", annotationId);
        });
    }

    @Override
    public void addCorrection(String trialId, Correction c) {
        run("Adding a correction to trial " + trialId, () -> {
            flush();
            requireTrial(trialId);
            update(ReviewerNotes.INSERT_CORRECTION, ReviewerNotes.correctionRow(trialId, c));
        });
    }

    @Override
    public void updateCorrection(String trialId, Correction c) {
        run("Changing a correction of trial " + trialId, () -> {
            flush();
            int n = update("UPDATE correction SET target = ?, field = ?, original_value = ?, corrected_value = ?,"
                    + " author = ?, created_at = ?, anchor_text = ?, source_changed = ? WHERE id = ? AND trial_id = ?",
                    c.target(), c.field(), c.originalValue(), c.correctedValue(), c.author(), c.createdAt(),
                    c.anchorText(), c.sourceChanged(), c.id(), trialId);
            if (n == 0) {
                throw new StoreException("Trial " + trialId + " has no correction " + c.id() + ".");
            }
        });
    }

    @Override
    public void deleteCorrection(String correctionId) {
        run("Deleting a correction", () -> {
            flush();
            update("DELETE FROM correction WHERE id = ?", correctionId);
        });
    }

    @Override
    public void moveCorrections(String fromTrialId, String toTrialId) {
        run("Moving corrections to trial " + toTrialId, () -> {
            flush();
            requireTrial(toTrialId);
            update("UPDATE correction SET trial_id = ? WHERE trial_id = ?", toTrialId, fromTrialId);
        });
    }

    /** Executes what is still batched; called before commit. */
    void finish() {
        run("Saving", () -> {
            flush();
            batches.close();
            if (existsQuery != null) {
                existsQuery.close();
            }
        });
    }

    private void flush() throws SQLException {
        batches.flush();
        pendingTrialIds.clear();
    }

    private boolean exists(String trialId) throws SQLException {
        if (existsQuery == null) {
            existsQuery = connection.prepareStatement("SELECT 1 FROM trial WHERE id = ?");
        }
        existsQuery.setString(1, trialId);
        try (ResultSet rs = existsQuery.executeQuery()) {
            return rs.next();
        }
    }

    private void requireTrial(String trialId) throws SQLException {
        if (!exists(trialId)) {
            throw new StoreException("Trial " + trialId + " is not in the store.");
        }
    }

    private int nextSourcePosition(String trialId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM source WHERE trial_id = ?")) {
            ps.setString(1, trialId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Optional<String> string(String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                TrialRowWriter.setParameter(ps, i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void run(String what, SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + H2Store.firstLine(e.getMessage()), e);
        }
    }

    @Override
    public void blockMerge(String trialId, String otherTrialId, String reason, java.time.Instant at) {
        MergeBlock block = MergeBlock.of(trialId, otherTrialId);
        run("Keeping trials " + trialId + " and " + otherTrialId + " apart", () -> {
            flush();
            update("MERGE INTO merge_block (trial_id_a, trial_id_b, reason, created_at) KEY (trial_id_a, trial_id_b)"
                    + " VALUES (?,?,?,?)", block.trialIdA(), block.trialIdB(), reason, at);
        });
    }

    @Override
    public void putSetting(String name, String value) {
        run("Saving the store setting " + name, () -> {
            flush();
            update("MERGE INTO store_setting (name, setting_value) KEY (name) VALUES (?,?)", name, value);
        });
    }

    @Override
    public void unblockMerge(String trialId, String otherTrialId) {
        MergeBlock block = MergeBlock.of(trialId, otherTrialId);
        run("Lifting the block between " + trialId + " and " + otherTrialId, () -> {
            flush();
            update("DELETE FROM merge_block WHERE trial_id_a = ? AND trial_id_b = ?", block.trialIdA(),
                    block.trialIdB());
        });
    }
}
