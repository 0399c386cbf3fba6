package dev.assetstudio.engine;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.CheckKey;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * How a finished run ended, step by step.
 *
 * <pre>{@code
 * RunResult r = project.materialize(AssetSelection.parse("*downstreamAsset"));
 * if (!r.succeeded()) {
 *     r.failures().forEach((step, message) -> System.err.println(step + ": " + message));
 * }
 * }</pre>
 *
 * <p>{@link #succeeded()} is true when no step {@link StepStatus#FAILED}, no blocking asset check
 * failed with severity ERROR, and the run was not canceled: a conditional asset that did not materialize, and the downstream steps skipped because
 * of it, are a normal outcome (as in Dagster, whose run succeeds when an optional output is not
 * produced).
 */
public final class RunResult {
    private final String runId;
    private final RunStatus runStatus;
    private final Map<StepKey, StepStatus> statuses;
    private final Map<StepKey, String> failures;
    private final Duration duration;
    private final Map<CheckKey, CheckStatus> checkStatuses;

    /** A result without asset checks. */
    public RunResult(
            String runId,
            RunStatus runStatus,
            Map<StepKey, StepStatus> statuses,
            Map<StepKey, String> failures,
            Duration duration) {
        this(runId, runStatus, statuses, failures, duration, Map.of());
    }

    /**
     * @param statuses every step of the plan, in plan order
     * @param failures the one-line message of each failed step (and of a step whose blocking check failed)
     * @param checkStatuses every asset check planned in the run, with how it ended
     */
    public RunResult(
            String runId,
            RunStatus runStatus,
            Map<StepKey, StepStatus> statuses,
            Map<StepKey, String> failures,
            Duration duration,
            Map<CheckKey, CheckStatus> checkStatuses) {
        this.checkStatuses = Collections.unmodifiableMap(new LinkedHashMap<>(checkStatuses));
        this.runId = Objects.requireNonNull(runId, "runId");
        this.runStatus = Objects.requireNonNull(runStatus, "runStatus");
        this.statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    public String runId() {
        return runId;
    }

    /** {@link RunStatus#SUCCEEDED}, {@link RunStatus#FAILED} or {@link RunStatus#CANCELED}. */
    public RunStatus runStatus() {
        return runStatus;
    }

    /** True when no step failed and the run was not canceled; see the class comment. */
    public boolean succeeded() {
        return runStatus == RunStatus.SUCCEEDED;
    }

    /**
     * The status of the asset {@code key} in this run. For a partitioned asset run in several
     * partitions, the worst status across them (FAILED, then CANCELED, SKIPPED, NOT_MATERIALIZED,
     * SUCCEEDED); use {@link #status(StepKey)} for one partition.
     *
     * @throws NoSuchElementException if the asset was not part of the run
     */
    public StepStatus status(AssetKey key) {
        StepStatus worst = null;
        for (Map.Entry<StepKey, StepStatus> e : statuses.entrySet()) {
            if (e.getKey().asset().equals(key)) {
                worst = worst == null ? e.getValue() : StepStatus.worst(worst, e.getValue());
            }
        }
        if (worst == null) {
            throw new NoSuchElementException("asset " + key + " was not part of run " + runId);
        }
        return worst;
    }

    /**
     * The status of one step.
     *
     * @throws NoSuchElementException if the step was not part of the run
     */
    public StepStatus status(StepKey step) {
        StepStatus s = statuses.get(step);
        if (s == null) {
            throw new NoSuchElementException("step " + step + " was not part of run " + runId);
        }
        return s;
    }

    /** Every step's status, in plan order. */
    public Map<StepKey, StepStatus> statuses() {
        return statuses;
    }

    /** The one-line message of each failed step. */
    public Map<StepKey, String> failures() {
        return failures;
    }

    /**
     * How the check {@code checkName} of {@code asset} ended in this run: {@link CheckStatus#PASSED},
     * {@link CheckStatus#FAILED} (in any partition), {@link CheckStatus#SKIPPED} (its asset did not
     * materialize), or {@link CheckStatus#NOT_RUN} when it was not part of the run.
     */
    public CheckStatus checkStatus(AssetKey asset, String checkName) {
        return checkStatuses.getOrDefault(CheckKey.of(asset, checkName), CheckStatus.NOT_RUN);
    }

    /** Every check planned in the run, with how it ended. */
    public Map<CheckKey, CheckStatus> checkStatuses() {
        return checkStatuses;
    }

    /** The worse of two check statuses (FAILED, then SKIPPED, then PASSED), for merging partitions. */
    public static CheckStatus worstCheckStatus(CheckStatus a, CheckStatus b) {
        return CheckStatus.worst(a, b);
    }

    /** From the run's start to its end. */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return "RunResult[" + runId + " " + runStatus + ", " + statuses + "]";
    }
}
