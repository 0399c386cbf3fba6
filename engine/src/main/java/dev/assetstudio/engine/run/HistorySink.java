package dev.assetstudio.engine.run;

import dev.assetstudio.engine.model.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The write side of run history, as plain methods (DESIGN.md "History"), so that the executor does
 * not depend on the store. {@link dev.assetstudio.engine.history.HistoryStore} extends it.
 */
public interface HistorySink {
    /**
     * Records that a run started, and that this process runs it (so a run left behind by a crash can be
     * recognized as interrupted).
     *
     * @param stepKeys the planned steps, written {@code a/b} or {@code a/b[partition]}; their number is
     *     the step count, and their assets are the assets the run touches
     */
    default void runStarted(String runId, Instant startedAt, String selection, List<String> stepKeys) {
        runStarted(runId, startedAt, selection, stepKeys, Map.of());
    }

    /**
     * As {@link #runStarted(String, Instant, String, List)}, with the config the run uses.
     *
     * @param config the config fields of each asset that takes config (given or defaulted), by asset key
     *     written {@code a/b}; copied before this returns
     */
    void runStarted(
            String runId,
            Instant startedAt,
            String selection,
            List<String> stepKeys,
            Map<String, Map<String, Object>> config);

    /**
     * As {@link #runStarted(String, Instant, String, List, Map)}, with where the run's steps execute.
     *
     * @param executor {@code in-process}, {@code worker} or {@code cluster:NAME} (see {@link
     *     dev.assetstudio.engine.history.RunRecord#executorWords()}), or {@code null} when not known
     */
    default void runStarted(
            String runId,
            Instant startedAt,
            String selection,
            List<String> stepKeys,
            Map<String, Map<String, Object>> config,
            String executor) {
        runStarted(runId, startedAt, selection, stepKeys, config);
    }

    /** Records that a run ended with {@code status}. */
    void runFinished(String runId, Instant finishedAt, RunStatus status);

    /**
     * Records a step event.
     *
     * @param partition the step's partition, or {@code null}
     * @param type what happened to the step
     * @param message a message such as the failure, or {@code null}
     */
    void stepEvent(String runId, String assetKey, String partition, StepEventType type, Instant time, String message);

    /**
     * Records a log line.
     *
     * @param assetKey the step's asset, or {@code null} for a line of the run itself
     */
    void logLine(String runId, String assetKey, String partition, String level, Instant time, String message);

    /**
     * Records a materialization. The metadata is copied before this returns. Its top-level finite
     * numbers (not booleans) also go into the numeric series read by {@link dev.assetstudio.engine.history.HistoryStore#metadataSeries}.
     *
     * @param codeVersion the asset's code version, or {@code null}
     * @param metadata values: numbers, booleans, strings, lists, maps, null; anything else is kept as
     *     its {@code toString()}
     */
    void materialization(
            String runId,
            String assetKey,
            String partition,
            Instant time,
            long durationMillis,
            String codeVersion,
            Map<String, Object> metadata);

    /**
     * Records the result of an asset check. The metadata is copied before this returns.
     *
     * @param partition the partition checked, or {@code null}
     * @param severity {@code ERROR} or {@code WARN}
     */
    void checkEvaluation(
            String runId,
            String assetKey,
            String partition,
            String checkName,
            Instant time,
            boolean passed,
            String severity,
            boolean blocking,
            String description,
            Map<String, Object> metadata);

    /** Blocks until everything written so far is stored; called when a run ends. */
    void flush();
}
