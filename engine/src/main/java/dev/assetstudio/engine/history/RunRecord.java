package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.event.RunStarted;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run as recorded in history.
 *
 * @param runId the run's id
 * @param status its status; {@link RunStatus#INTERRUPTED} if its process went away mid-run
 * @param selection the selection text it was started with, or {@code null}
 * @param startedAt when it started
 * @param finishedAt when it finished, or {@code null} while {@link RunStatus#STARTED}
 * @param stepCount the number of steps planned
 * @param config the config fields each asset ran with (given or defaulted), by asset; empty for an
 *     asset without config and for runs recorded before history kept it
 * @param partitions the steps the run planned: each asset with its partition keys, an empty list for
 *     an unpartitioned asset; empty for runs recorded before history kept it
 * @param executor where its steps executed: {@code in-process}, {@code worker} or {@code cluster:NAME};
 *     {@code null} for runs recorded before history kept it
 */
public record RunRecord(
        String runId,
        RunStatus status,
        String selection,
        Instant startedAt,
        Instant finishedAt,
        int stepCount,
        Map<AssetKey, Map<String, Object>> config,
        Map<AssetKey, List<String>> partitions,
        String executor) {

    /** What history records for a run executed in the caller's JVM. */
    public static final String IN_PROCESS = "in-process";
    /** ... in the project's worker process. */
    public static final String WORKER = "worker";
    /** ... on a cluster: this prefix and the cluster's name. */
    public static final String CLUSTER_PREFIX = "cluster:";

    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
        partitions = partitions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(partitions));
    }

    /** A run whose executor is not recorded. */
    public RunRecord(
            String runId,
            RunStatus status,
            String selection,
            Instant startedAt,
            Instant finishedAt,
            int stepCount,
            Map<AssetKey, Map<String, Object>> config,
            Map<AssetKey, List<String>> partitions) {
        this(runId, status, selection, startedAt, finishedAt, stepCount, config, partitions, null);
    }

    /** A run without recorded config or partitions. */
    public RunRecord(
            String runId, RunStatus status, String selection, Instant startedAt, Instant finishedAt, int stepCount) {
        this(runId, status, selection, startedAt, finishedAt, stepCount, Map.of(), Map.of());
    }

    /**
     * The record history will hold for a run that just started, from its {@link RunStarted} event: what
     * a live view shows before history is read.
     */
    public static RunRecord of(RunStarted started) {
        Map<AssetKey, List<String>> partitions = new LinkedHashMap<>();
        for (StepKey step : started.steps()) {
            List<String> keys = partitions.computeIfAbsent(step.asset(), k -> new java.util.ArrayList<>());
            if (step.partition() != null) {
                keys.add(step.partition());
            }
        }
        return new RunRecord(
                started.runId(),
                RunStatus.STARTED,
                started.selection(),
                started.time(),
                null,
                started.steps().size(),
                started.config(),
                partitions,
                started.executor());
    }

    /** Whether history knows which steps the run planned (runs recorded since schema version 6). */
    public boolean knowsPlannedSteps() {
        return !partitions.isEmpty();
    }

    /**
     * The partitions the run used, in words: {@code "2024-01-01…2024-01-14 (14)"}, {@code "apple"},
     * {@code "none"} when no asset of it is partitioned; assets with different keys are named.
     */
    public String partitionWords() {
        return RunInputsWords.partitions(partitions);
    }

    /**
     * Where the run's steps executed, in words: {@code "in-process"}, {@code "worker process"},
     * {@code "cluster 'local'"}, or {@code "not recorded"} for a run recorded before history kept it.
     */
    public String executorWords() {
        if (executor == null) {
            return "not recorded";
        }
        if (executor.startsWith(CLUSTER_PREFIX)) {
            return "cluster '" + executor.substring(CLUSTER_PREFIX.length()) + "'";
        }
        return WORKER.equals(executor) ? "worker process" : executor;
    }

    /** The config the run used, one {@code asset: field=value, …} per asset, or {@code "none"}. */
    public String configWords() {
        return RunInputsWords.config(config);
    }
}
