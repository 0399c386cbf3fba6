package dev.assetstudio.app.fx;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One piece of background work being configured; made by {@link BackgroundTasks#run}. Callbacks run on the FX
 * thread (or wherever the {@link BackgroundTasks} delivers them). A task is started once.
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    private final ProgressCallable<T> work;
    private final Executor worker;
    private final Executor fxThread;
    private Consumer<? super T> onSuccess = result -> {};
    private Consumer<Throwable> onFailure = BackgroundTask::unhandled;
    private Consumer<Progress> onProgress = progress -> {};
    private Runnable onFinally = () -> {};
    private final AtomicBoolean started = new AtomicBoolean();

    BackgroundTask(ProgressCallable<T> work, Executor worker, Executor fxThread) {
        this.work = work;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Called with the result when the work succeeds. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Called with the exception when the work throws. Without it, failures go to the thread's handler. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Called with the latest progress; bursts of reports collapse into one call per FX pulse. */
    public BackgroundTask<T> progress(Consumer<Progress> handler) {
        this.onProgress = Objects.requireNonNull(handler);
        return this;
    }

    /** Called after success or failure (e.g. to clear a busy indicator). */
    public BackgroundTask<T> onFinally(Runnable handler) {
        this.onFinally = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Starts the work. The returned future completes with the result after the callbacks ran; cancelling it
     * interrupts the work if it is still running (the callbacks still run with the outcome of the work).
     */
    public CompletableFuture<T> start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("A background task is started once");
        }
        var result = new CompletableFuture<T>();
        var latestProgress = new AtomicReference<Progress>();
        Consumer<Progress> reporter = progress -> {
            // Only the first report after a delivery schedules one; later ones just replace the value.
            if (latestProgress.getAndSet(Objects.requireNonNull(progress)) == null) {
                fxThread.execute(() -> onProgress.accept(latestProgress.getAndSet(null)));
            }
        };
        var runner = new AtomicReference<Thread>();
        worker.execute(() -> {
            runner.set(Thread.currentThread());
            try {
                T value = work.call(reporter);
                fxThread.execute(() -> {
                    try {
                        onSuccess.accept(value);
                    } finally {
                        onFinally.run();
                        result.complete(value);
                    }
                });
            } catch (Throwable failure) {
                fxThread.execute(() -> {
                    try {
                        onFailure.accept(failure);
                    } finally {
                        onFinally.run();
                        result.completeExceptionally(failure);
                    }
                });
            } finally {
                runner.set(null);
            }
        });
        // Cancelling the returned future interrupts the work if it is still running.
        result.whenComplete((value, failure) -> {
            Thread thread = runner.get();
            if (result.isCancelled() && thread != null) {
                thread.interrupt();
            }
        });
        return result;
    }

    private static void unhandled(Throwable failure) {
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current, failure);
    }
}
