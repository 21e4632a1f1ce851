/**
 * The trial store: repositories over JDBC on an embedded H2 file database; the only package
 * with SQL. Entry point {@link org.trialworkbench.store.H2Store}.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Schema only by Flyway migrations ({@code db/migration/V*.sql}); never edit an applied
 *   migration, add a new version.</li>
 *   <li>Normalized tables, one per model list; every child row carries {@code trial_id} and its
 *   position(s), so saving replaces a trial's rows with one DELETE per first-level table
 *   (grandchildren follow by ON DELETE CASCADE) and loading takes one query per table.</li>
 *   <li>Except short lists that belong to one parent row and are never searched: they are array
 *   columns of that row (an arm's intervention names, an intervention's other names, a schedule's
 *   time points and unread parts, V9), and per-field provenance is one row per distinct list of
 *   source files (V7). Rows are what an import pays for: ~108 per ctgov record before, ~47 now.</li>
 *   <li>Sources, annotations and corrections are not part of that replacement: they belong to
 *   the reviewer's history and are deleted only with the trial (or moved on merge). A stored
 *   trial is always the reading; corrections sit beside it (V3) and are applied only in views.</li>
 *   <li>Raw source bytes are deflate-compressed with their size; SHA-256 is the source key.</li>
 *   <li>Instants are {@code TIMESTAMP(9) WITH TIME ZONE} in UTC: nanoseconds are kept, nothing is
 *   truncated. Doubles are {@code DOUBLE PRECISION}, stored exactly.</li>
 *   <li>The JDBC URL is built from the canonical path after a character whitelist, plus fixed
 *   settings; no web console, no TCP server, no AUTO_SERVER. A second process gets
 *   {@link org.trialworkbench.store.StoreInUseException}.</li>
 *   <li>Threads: a pool of four connections; reads run in REPEATABLE READ snapshots, writes are
 *   serialized by a lock, each in one transaction. Do not call {@code write} from inside a write.</li>
 *   <li>Saved trials' rows are batched across trials and sent before any other statement, so
 *   operations inside one write still take effect in call order.</li>
 * </ul>
 */
package org.trialworkbench.store;
