package dev.assetstudio.engine.run;

/**
 * Where a run's steps execute: {@link InProcessStepRunner} in this JVM, or a worker process
 * ({@code dev.assetstudio.engine.worker.WorkerStepRunner}). The {@link RunExecutor} decides when a
 * step runs; the runner only runs it, so scheduling, cancellation and events stay the same
 * wherever user code lives.
 *
 * <pre>{@code
 * StepOutcome outcome = runner.run(runId, plannedStep, log);   // blocks until the step ended
 * }</pre>
 *
 * <p>{@link #run} is called on the executor's threads, several at once; it never throws, and
 * returns a failed outcome when this thread is interrupted (a cancel) and the step stops.
 */
public interface StepRunner {
    /**
     * Runs {@code step} of run {@code runId} to its end.
     *
     * @param log where the step's log lines (and lost attempts) go
     */
    StepOutcome run(String runId, PlannedStep step, StepReport log);

    /**
     * Whether {@link #run} itself says when the step starts ({@link StepReport#started()}), because it
     * may first wait for a place to run (a cluster's free worker thread); otherwise the step counts as
     * started when {@link #run} is called.
     */
    default boolean reportsStart() {
        return false;
    }

    /** The run has ended: drop what it kept (in-memory values). */
    default void runEnded(String runId) {}
}
