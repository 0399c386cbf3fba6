package dev.assetstudio.engine;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.run.RunStatus;
import dev.assetstudio.engine.run.StepKey;
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
 * <p>{@link #succeeded()} is true when no step {@link StepStatus#FAILED} and the run was not
 * canceled: a conditional asset that did not materialize, and the downstream steps skipped because
 * of it, are a normal outcome (as in Dagster, whose run succeeds when an optional output is not
 * produced).
 */
public final class RunResult {
    private final String runId;
    private final RunStatus runStatus;
    private final Map<StepKey, StepStatus> statuses;
    private final Map<StepKey, String> failures;
    private final Duration duration;

    /**
     * @param statuses every step of the plan, in plan order
     * @param failures the one-line message of each failed step
     */
    public RunResult(
            String runId,
            RunStatus runStatus,
            Map<StepKey, StepStatus> statuses,
            Map<StepKey, String> failures,
            Duration duration) {
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

    /** From the run's start to its end. */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return "RunResult[" + runId + " " + runStatus + ", " + statuses + "]";
    }
}
