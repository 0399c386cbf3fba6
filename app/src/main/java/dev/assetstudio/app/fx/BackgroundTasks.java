package dev.assetstudio.app.fx;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * Runs work off the FX thread and hands results back on it, as a small fluent builder (like JabRef's
 * {@code BackgroundTask}):
 *
 * <pre>{@code
 * tasks.run(() -> Project.open(jar))
 *         .onSuccess(viewModel::projectOpened)
 *         .onFailure(viewModel::showLoadError)
 *         .start();
 * }</pre>
 *
 * <p>{@link #synchronous()} runs everything on the calling thread, so view-models are tested without a toolkit and
 * without waiting.
 */
public final class BackgroundTasks {

    private final Executor worker;
    private final Executor fxThread;

    /** Work on {@code worker}, callbacks through {@code fxThread}. */
    public BackgroundTasks(Executor worker, Executor fxThread) {
        this.worker = Objects.requireNonNull(worker);
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    /** Work on a pool of daemon threads (named {@code studio-background-N}), callbacks on the FX thread. */
    public static BackgroundTasks onThreadPool() {
        return new BackgroundTasks(daemonPool(), Platform::runLater);
    }

    /** Work and callbacks on the calling thread, in order: for tests. */
    public static BackgroundTasks synchronous() {
        Executor direct = Runnable::run;
        return new BackgroundTasks(direct, direct);
    }

    /**
     * Where callbacks are delivered: the FX thread ({@code Platform::runLater}), or the calling thread for
     * {@link #synchronous()}. For futures that complete elsewhere: {@code future.whenCompleteAsync(f, tasks.fx())}.
     */
    public Executor fx() {
        return fxThread;
    }

    /** A task computing {@code work}; configure it, then {@link BackgroundTask#start()}. */
    public <T> BackgroundTask<T> run(Callable<T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(progress -> work.call(), worker, fxThread);
    }

    /** A task computing {@code work}, which reports its progress. */
    public <T> BackgroundTask<T> run(ProgressCallable<T> work) {
        return new BackgroundTask<>(Objects.requireNonNull(work), worker, fxThread);
    }

    private static ExecutorService daemonPool() {
        var count = new AtomicInteger();
        return Executors.newCachedThreadPool(runnable -> {
            var thread = new Thread(runnable, "studio-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
