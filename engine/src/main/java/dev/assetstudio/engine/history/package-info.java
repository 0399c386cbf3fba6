/**
 * The engine's history: runs, step events, log lines, materializations with their metadata and
 * definition snapshots, kept in a SQLite database.
 *
 * <p>Open it with {@link dev.assetstudio.engine.history.SqliteHistoryStore#open(java.nio.file.Path)};
 * everything else goes through {@link dev.assetstudio.engine.history.HistoryStore}.
 */
package dev.assetstudio.engine.history;
