package dev.assetstudio.engine;

/**
 * How one step of a run ended.
 *
 * <pre>{@code
 * RunResult r = project.materialize(AssetSelection.parse("*downstreamAsset"));
 * r.status(AssetKey.of("downstreamAsset")); // StepStatus.SUCCEEDED
 * }</pre>
 *
 * <p>Constants are declared from best to worst; {@link #worst(StepStatus, StepStatus)} uses that
 * order to summarize an asset materialized in several partitions.
 */
public enum StepStatus {
    /** The step ran and materialized its asset (a {@code void} asset counts as materialized). */
    SUCCEEDED,
    /** A conditional asset ({@code outputRequired = false}) returned an empty {@code Optional}. */
    NOT_MATERIALIZED,
    /** The step did not run because an upstream step failed, was skipped or did not materialize. */
    SKIPPED,
    /** The run was canceled before the step finished. */
    CANCELED,
    /** The step's user code (or its I/O) threw. */
    FAILED;

    /** Whether the step ended well: {@link #SUCCEEDED} or {@link #NOT_MATERIALIZED}. */
    public boolean endedWell() {
        return this == SUCCEEDED || this == NOT_MATERIALIZED;
    }

    /** The worse of two statuses, in declaration order. */
    public static StepStatus worst(StepStatus a, StepStatus b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
