package dev.assetstudio.engine.run;

import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.io.IoManagers;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Executes {@link RunPlan}s on a bounded pool of worker threads, shared by the runs it executes.
 * A step is handed to the pool as soon as every step it depends on has ended.
 *
 * <pre>{@code
 * try (RunExecutor executor = new RunExecutor(4)) {
 *     RunPlan plan = new RunPlanner().plan(definitions, selected, RunRequest.empty());
 *     RunResult result = executor.submit(plan, definitions, IoManagers.of(definitions, options.storage()),
 *             List.of(historyListener)).await();
 * }
 * }</pre>
 */
public final class RunExecutor implements AutoCloseable {
    private final ExecutorService pool;
    private final int parallelism;

    /** An executor with one worker per available processor. */
    public RunExecutor() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** An executor that runs at most {@code parallelism} steps at once. */
    public RunExecutor(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        this.parallelism = parallelism;
        this.pool = new ThreadPoolExecutor(
                parallelism, parallelism, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), workers());
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    }

    public int parallelism() {
        return parallelism;
    }

    /**
     * Starts {@code plan} and returns at once. Listeners get the run's events on the worker threads;
     * one that throws is logged and ignored.
     */
    public RunHandle submit(
            RunPlan plan, ProjectDefinitions definitions, IoManagers ioManagers, List<RunListener> listeners) {
        return submit(plan, new InProcessStepRunner(definitions, ioManagers), listeners);
    }

    /** Starts {@code plan} with its steps run by {@code runner} (in this JVM or a worker process). */
    public RunHandle submit(RunPlan plan, StepRunner runner, List<RunListener> listeners) {
        String runId = RunIds.next(Instant.now());
        RunEmitter emitter = new RunEmitter(listeners);
        RunExecution execution = new RunExecution(runId, plan, pool, runner, emitter);
        execution.start();
        return new RunHandle(execution, parallelism);
    }

    /** Stops accepting runs; steps already queued or running still run to the end. */
    @Override
    public void close() {
        pool.shutdown();
    }

    private static ThreadFactory workers() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "asset-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
