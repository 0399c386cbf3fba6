package dev.assetstudio.engine.run;

import dev.assetstudio.engine.RunResult;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A submitted run: wait for it, or cancel it.
 *
 * <pre>{@code
 * RunHandle handle = executor.submit(plan, definitions, ioManagers, List.of(listener));
 * handle.runId();                              // "20220723-141502-3f9a1c"
 * Optional<RunResult> r = handle.await(Duration.ofSeconds(5));
 * if (r.isEmpty()) handle.cancel();
 * }</pre>
 */
public final class RunHandle {
    private final RunExecution execution;
    private final int parallelism;

    RunHandle(RunExecution execution, int parallelism) {
        this.execution = execution;
        this.parallelism = parallelism;
    }

    /** How many of its steps may run at once: the width of the pool it runs on. */
    public int parallelism() {
        return parallelism;
    }

    public String runId() {
        return execution.runId();
    }

    /** Waits for the run to end and gives its result. */
    public RunResult await() {
        return execution.result().join();
    }

    /**
     * Waits at most {@code timeout}; empty if the run has not ended by then (or this thread was
     * interrupted, whose flag is then set again).
     */
    public Optional<RunResult> await(Duration timeout) {
        try {
            return Optional.of(execution.result().get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("run " + runId() + " ended abnormally", e.getCause());
        }
    }

    /**
     * Cancels the run: no new step starts, running steps are interrupted, steps not started end
     * {@code CANCELED}; the run ends {@code CANCELED} once its running steps return. Steps that
     * already materialized keep their materializations. Does nothing once the run has ended.
     */
    public void cancel() {
        execution.cancel();
    }

    public boolean isDone() {
        return execution.result().isDone();
    }

    /** Completes with the run's result; a copy, so completing it does not end the run. */
    public CompletableFuture<RunResult> result() {
        return execution.result().copy();
    }
}
