package org.trialworkbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;

/**
 * The trial store: an embedded H2 database file {@code DIR/store.mv.db} whose schema is made and
 * upgraded only by the Flyway migrations in {@code db/migration}.
 *
 * <p>Thread safety: every method may be called from any thread. Reads run concurrently on a
 * small connection pool, each in its own snapshot (REPEATABLE READ), so a load never sees half
 * of a write. Writes are serialized by a lock and each runs in one transaction.
 */
public final class H2Store implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 4;

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private volatile boolean closed;

    private H2Store(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
    }

    /**
     * Opens (creating if missing) the store in a directory and brings its schema up to date.
     *
     * @throws StoreInUseException when another process has the store open
     * @throws StoreException when the path is unusable or the database cannot be opened
     */
    public static H2Store open(Path dir) {
        Path canonical = StoreLocation.prepare(dir);
        JdbcConnectionPool pool = JdbcConnectionPool.create(StoreLocation.jdbcUrl(canonical), "", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            pool.getConnection().close(); // fails fast when another process holds the file
            migrate(pool);
            return new H2Store(canonical, pool);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw openFailure(canonical, e);
        }
    }

    // Flyway reports every start on standard error; keep a reference so the level sticks.
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private static void migrate(JdbcConnectionPool pool) {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .load()
                .migrate();
    }

    private static StoreException openFailure(Path dir, Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new StoreInUseException("The store " + dir + " is in use by another Trial Workbench."
                        + " Close it first.", e);
            }
        }
        return new StoreException("The store " + dir + " cannot be opened: " + firstLine(e.getMessage()), e);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The store's directory (canonical, absolute). */
    public Path directory() {
        return directory;
    }

    /** Trials whose id, registry ids, titles, acronym, conditions or sponsor contain the query. */
    public List<TrialSummary> list(String query) {
        return read(c -> new TrialQueries(c).list(query));
    }

    /** The full trial by its id or by any of its registry ids. */
    public Optional<Trial> load(String trialIdOrAnyRegistryId) {
        return read(c -> {
            Optional<String> id = StoredIds.fetch(c, List.of(trialIdOrAnyRegistryId)).resolve(trialIdOrAnyRegistryId);
            return id.isEmpty() ? Optional.empty() : new TrialRowReader(c).load(id.get());
        });
    }

    /**
     * Every stored trial id, registry id and sponsor study id that answers to one of these ids (as
     * written or canonical, any case), in one query: what an import batch asks before it merges.
     */
    public StoredIds storedIds(Collection<String> anyIds) {
        return read(c -> StoredIds.fetch(c, anyIds));
    }

    /** The trial id of a trial id or registry id (exact first, then case-insensitive). */
    public Optional<String> resolveId(String anyRegistryId) {
        return storedIds(List.of(anyRegistryId == null ? "" : anyRegistryId)).resolve(anyRegistryId);
    }

    /** Ids of trials having any of these registry ids (sponsor ids, registry null, are not used). */
    public Set<String> findTrialIdsByRegistryIds(Collection<String> registryIds) {
        return storedIds(registryIds).byRegistryIds(registryIds);
    }

    /**
     * Ids of trials having this sponsor study id under the same lead sponsor (both compared
     * case-insensitively); a null lead sponsor matches nothing, as the id alone is not unique.
     */
    public Set<String> findTrialIdsBySponsorId(String sponsorStudyId, String leadSponsor) {
        return storedIds(List.of(sponsorStudyId == null ? "" : sponsorStudyId)).bySponsorId(sponsorStudyId, leadSponsor);
    }

    /** Ids of trials with this official title, ignoring case and runs of whitespace; ordered by id. */
    public List<String> findTrialIdsByOfficialTitle(String title) {
        return findTrialIdsByOfficialTitles(List.of(title == null ? "" : title)).getOrDefault(title, List.of());
    }

    /** For each of these official titles, the ids of trials having it (ignoring case and runs of whitespace). */
    public Map<String, List<String>> findTrialIdsByOfficialTitles(Collection<String> titles) {
        return read(c -> new TrialQueries(c).byOfficialTitles(titles));
    }

    /**
     * As {@link #findTrialIdsByOfficialTitles}, but only local trials (ids starting with {@code local-}):
     * the only look-alikes a registry trial is reported with. Other trials of the same title are not
     * visited, so the question stays cheap when many stored trials share a title.
     */
    public Map<String, List<String>> findLocalTrialIdsByOfficialTitles(Collection<String> titles) {
        return read(c -> new TrialQueries(c).byOfficialTitles(titles, true));
    }

    /** The stored source with this SHA-256 of its raw bytes. */
    public Optional<StoredSource> findSourceBySha256(String sha256) {
        return Optional.ofNullable(findSourcesBySha256(List.of(sha256)).get(sha256));
    }

    /** The stored sources among these SHA-256 digests of raw bytes, by digest. */
    public Map<String, StoredSource> findSourcesBySha256(Collection<String> sha256s) {
        return read(c -> new SourceQueries(c).bySha256(sha256s));
    }

    /** The trial's sources that have raw bytes, decompressed, in source order. */
    public List<RawSource> rawSourcesOf(String trialId) {
        return read(c -> new SourceQueries(c).rawSourcesOf(trialId));
    }

    /**
     * The annotations of each of these trials that has any (trials in id order, each trial's
     * annotations oldest first).
     */
    public Map<String, List<Annotation>> annotationsOf(Collection<String> trialIds) {
        return read(c -> new ReviewerNotes(c).annotationsOf(trialIds));
    }

    /** The corrections of each of these trials that has any (trials in id order, oldest first). */
    public Map<String, List<Correction>> correctionsOf(Collection<String> trialIds) {
        return read(c -> new ReviewerNotes(c).correctionsOf(trialIds));
    }

    /** The trial an annotation belongs to. */
    public Optional<String> trialIdOfAnnotation(String annotationId) {
        return read(c -> new ReviewerNotes(c).trialOf("annotation", annotationId));
    }

    /** The trial a correction belongs to. */
    public Optional<String> trialIdOfCorrection(String correctionId) {
        return read(c -> new ReviewerNotes(c).trialOf("correction", correctionId));
    }

    /** Those of the trials that have an annotation or a correction, sorted. */
    public Set<String> trialIdsWithReviewerNotes(Collection<String> trialIds) {
        return trialIds.isEmpty() ? Set.of() : read(c -> new ReviewerNotes(c).withNotes(trialIds));
    }

    /** A fact about the whole store, set with {@link StoreTransaction#putSetting}; empty when never set. */
    public Optional<String> setting(String name) {
        return read(c -> {
            try (var ps = c.prepareStatement("SELECT setting_value FROM store_setting WHERE name = ?")) {
                ps.setString(1, name);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Number of stored trials. */
    public int count() {
        return read(c -> new TrialQueries(c).count());
    }

    /**
     * Runs the work in one transaction: everything it did is committed when it returns, and
     * nothing is kept when it throws (the exception is rethrown; SQL failures as
     * {@link StoreException}). Writes from several threads run one after the other.
     */
    public void write(StoreWork work) {
        writeLock.lock();
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                JdbcStoreTransaction tx = new JdbcStoreTransaction(c);
                work.run(tx);
                tx.finish();
                c.commit();
            } catch (Throwable t) {
                rollback(c, t);
                throw t;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Saving to the store failed: " + firstLine(e.getMessage()), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Rolls back; a failing rollback is attached to the failure that caused it. */
    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Closes the database after a running write has finished; later calls fail. Closing twice
     * is harmless.
     */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (!closed) {
                closed = true;
                pool.dispose();
            }
        } finally {
            writeLock.unlock();
        }
    }

    @FunctionalInterface
    interface ReadWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(ReadWork<T> work) {
        try (Connection c = connection()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the store failed: " + firstLine(e.getMessage()), e);
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new StoreException("The store " + directory + " is closed.");
        }
        return pool.getConnection();
    }

    /** Every pair of trials a reviewer has kept apart (see {@link StoreTransaction#blockMerge}). */
    public Set<MergeBlock> mergeBlocks() {
        return read(c -> new MergeBlockQueries(c).all());
    }

    /**
     * Each {@code local-} trial paired with every other trial of the same official title (ignoring
     * case and runs of whitespace), ordered by local id; two local look-alikes appear in both orders.
     */
    public List<TitleTwin> findTitleTwinsOfLocalTrials() {
        return read(c -> new MergeBlockQueries(c).titleTwins());
    }
}
