package dev.assetstudio.engine.history;

import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillStatus;
import dev.assetstudio.engine.run.HistorySink;
import java.time.Instant;
import java.util.List;

/**
 * What happened: runs, their step events and log lines, materializations with their metadata, and
 * snapshots of definitions. Opened with {@link SqliteHistoryStore#open(java.nio.file.Path)}.
 *
 * <pre>{@code
 * try (HistoryStore history = SqliteHistoryStore.open(home.resolve("history.db"))) {
 *     history.runStarted("run-1", Instant.now(), "*table1", List.of("table1"));
 *     history.materialization("run-1", "table1", null, Instant.now(), 120, "v1", Map.of("num_rows", 42));
 *     history.runFinished("run-1", Instant.now(), RunStatus.SUCCEEDED);
 *     history.flush();
 *     history.latestMaterialization(AssetKey.of("table1")).get().metadata().get("num_rows"); // 42L
 * }
 * }</pre>
 *
 * <p><b>Writing</b> never blocks on the database: each write method checks its arguments, queues the
 * write and returns; one writer thread commits queued writes in batches. Every read first waits for
 * the writes queued before it, so a read always sees the writes that came before it; no caller has to
 * {@link #flush()} for that. A write that fails in the
 * background (disk full, say) is reported by the next {@link #flush()} or {@link #close()} as a
 * {@link HistoryException}. Asset keys are written in their {@code a/b/c} form, so writers need not
 * depend on the definitions model. Several stores, in this or other processes, may write to one
 * database file at once.
 *
 * <p><b>Reading</b> is {@link HistoryReader}'s: the studio and the CLI's readers get only that side
 * ({@code Project.history()}); the writes come from the engine's runs, backfills and loads.
 */
public interface HistoryStore extends HistoryReader, AutoCloseable, HistorySink {

    // ---- writing ----

    // The run's records (runStarted, runFinished, stepEvent, logLine, materialization) come from
    // HistorySink, which the executor writes to.

    /** Records what the definitions of {@code jar} looked like when it was opened at {@code openedAt}. */
    void saveDefinitions(String jar, Instant openedAt, List<DefinitionSnapshot> definitions);

    /** Records that the project (its jar's path) {@code project} started run {@code runId}. */
    void projectRun(String project, String runId, Instant startedAt);

    /** Records a new backfill, with the runs it already has. */
    void backfillCreated(Backfill backfill);

    /** Records that {@code runId} is one more run of the backfill. */
    void backfillRunAdded(String backfillId, String runId);

    /** Records a backfill's new status; {@code finishedAt} is {@code null} while it goes on. */
    void backfillStatus(String backfillId, BackfillStatus status, Instant finishedAt);

    /**
     * Waits until every write queued before this call is committed.
     *
     * @throws HistoryException if a write failed since the last flush (the message says how many
     *     records were lost and why)
     */
    void flush();

    /** Commits what is queued, then closes; throws like {@link #flush()}. Closing twice does nothing. */
    @Override
    void close();
}
