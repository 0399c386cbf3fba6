package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the history: runs, their step events and log lines, materializations with their
 * metadata, check results, backfills and definition snapshots. What {@code Project.history()} gives
 * the studio and the CLI, so that readers cannot write; {@link HistoryStore} adds the writes.
 *
 * <p>Reading is safe from any thread, runs on its own connections (never waiting for the writer),
 * sees every write queued before it, and returns immutable values. Lists that say "newest first" are
 * ordered by time, then by recording order.
 */
public interface HistoryReader {

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

    /** A page of the runs started by {@code project} (see {@link HistoryStore#projectRun}), newest first. */
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

    /** The definitions saved by the latest {@link HistoryStore#saveDefinitions} for {@code jar}, in saved order. */
    List<DefinitionSnapshot> latestDefinitions(String jar);
}
