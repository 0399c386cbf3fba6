package dev.assetstudio.engine;

import dev.assetstudio.engine.run.RunExecutor;
import java.util.EnumMap;
import java.util.Map;

/**
 * The step pools of one open project, one per {@link Execution} its runs use, each as wide as
 * {@link ProjectOptions#parallelism(Execution)}: a run sent to the cluster hands out as many steps
 * as the cluster takes, whatever this machine's processors, and a run in process as many as they are.
 * The runs on one execution share its pool; a pool is made for the first run that needs it.
 */
final class RunPools implements AutoCloseable {
    private final ProjectOptions options;
    private final Map<Execution, RunExecutor> pools = new EnumMap<>(Execution.class);
    private boolean closed;

    RunPools(ProjectOptions options) {
        this.options = options;
    }

    /** The pool of runs on {@code execution}. */
    synchronized RunExecutor of(Execution execution) {
        if (closed) {
            throw new IllegalStateException("the project's runs are closed");
        }
        return pools.computeIfAbsent(execution, e -> new RunExecutor(options.parallelism(e)));
    }

    /** Stops accepting runs; steps already queued or running still run to the end. */
    @Override
    public synchronized void close() {
        closed = true;
        pools.values().forEach(RunExecutor::close);
    }
}
