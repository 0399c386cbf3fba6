package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillStatus;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.HistorySink;
import dev.assetstudio.engine.run.StepEventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * <p><b>Reading</b> is safe from any thread, runs on its own connections (never waiting for the
 * writer), and returns immutable values. Lists that say "newest first" are ordered by time, then by
 * recording order.
 */
public interface HistoryStore extends AutoCloseable, HistorySink {

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

    // ---- reading ----

    /** The newest materialization of {@code key} (any partition). */
    Optional<Materialization> latestMaterialization(AssetKey key);

    /** The newest materialization of one partition of {@code key}. */
    Optional<Materialization> latestMaterialization(AssetKey key, String partition);

    /** The newest materialization of every asset that has one, ordered by key. */
    Map<AssetKey, Materialization> latestMaterializations();

    /** A page of {@code key}'s materializations, newest first. */
    List<Materialization> materializations(AssetKey key, int offset, int limit);

    /** How many materializations {@code key} has. */
    long countMaterializations(AssetKey key);

    /** A page of runs, newest first; interrupted runs have status {@link RunStatus#INTERRUPTED}. */
    List<RunRecord> runs(int offset, int limit);

    /**
     * One run, by its id, its short id (the random tail the studio shows) or any unique prefix of the
     * id. Every read that takes a run id takes those forms.
     *
     * @throws AmbiguousIdException listing the candidates when the text matches several runs
     */
    Optional<RunRecord> run(String runId);

    /**
     * The whole id of the run that {@code idOrPrefix} (an id, a short id or a prefix) stands for;
     * empty when none.
     *
     * @throws AmbiguousIdException listing the candidates when it matches several runs
     */
    Optional<String> resolveRunId(String idOrPrefix);

    /** A page of the runs started by {@code project} (see {@link #projectRun}), newest first. */
    List<RunRecord> runs(String project, int offset, int limit);

    /** A page of backfills, newest first, each with its runs; the status is as stored. */
    List<Backfill> backfills(int offset, int limit);

    /**
     * One backfill, by its id, short id or a unique prefix.
     *
     * @throws AmbiguousIdException listing the candidates when the text matches several backfills
     */
    Optional<Backfill> backfill(String idOrPrefix);

    /** The newest runs that planned or recorded a step of {@code key}, newest first. */
    List<RunRecord> runsForAsset(AssetKey key, int limit);

    /** A run's step events in time order. */
    List<StepEventRecord> stepEvents(String runId);

    /** A run's log lines in time order. */
    List<LogLineRecord> logLines(String runId);

    /** A run's log lines of one asset's steps, in time order. */
    List<LogLineRecord> logLines(String runId, AssetKey key);

    /** The numeric values of metadata entry {@code metadataKey} over {@code key}'s materializations, oldest first. */
    List<SeriesPoint> metadataSeries(AssetKey key, String metadataKey);

    /** The metadata keys that have numeric values for {@code key}, sorted. */
    List<String> numericMetadataKeys(AssetKey key);

    /** The step duration of each of {@code key}'s materializations, in milliseconds, oldest first. */
    List<SeriesPoint> durationSeries(AssetKey key);

    /**
     * The latest outcome of each partition of {@code key} that was materialized or failed, by partition
     * key. A partition is {@link PartitionStatus.State#FAILED} if a {@code STEP_FAILED} event for it is
     * newer than its newest materialization. Unpartitioned materializations are not included.
     */
    Map<String, PartitionStatus> partitionStatuses(AssetKey key);

    /**
     * For every asset with a finished step, the type of its latest terminal step event ({@link
     * StepEventType#TERMINAL}), e.g. {@link StepEventType#FAILED} for a "failed" badge.
     *
     * @throws HistoryException naming the stored value if an outcome is of a type this code does not know
     */
    Map<AssetKey, StepEventType> latestStepOutcomes();

    /**
     * The latest result of each check of {@code key} (any partition), by check name, sorted by name.
     */
    Map<String, AssetCheckEvaluation> latestCheckEvaluations(AssetKey key);

    /** The results of one check of {@code key}, newest first, at most {@code limit}. */
    List<AssetCheckEvaluation> checkEvaluations(AssetKey key, String checkName, int limit);

    /** The definitions saved by the latest {@link #saveDefinitions} for {@code jar}, in saved order. */
    List<DefinitionSnapshot> latestDefinitions(String jar);
}
