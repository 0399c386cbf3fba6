package dev.assetstudio.app.fx;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
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
    private Consumer<? super T> onDropped = result -> {};
    private Runnable always = () -> {};
    private BooleanSupplier wanted = () -> true;
    private Runnable whenStarted = () -> {};
    private Runnable whenEnded = () -> {};
    private final AtomicBoolean started = new AtomicBoolean();

    BackgroundTask(ProgressCallable<T> work, Executor worker, Executor fxThread) {
        this.work = work;
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Called with the result when the work succeeds (and the result is still wanted, see {@link LatestRequests}). */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Called with the exception when the work throws (and its outcome is still wanted). Without it, failures go to
     * the thread's handler: never lost.
     */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Called with the latest progress; bursts of reports collapse into one call per FX pulse. */
    public BackgroundTask<T> progress(Consumer<Progress> handler) {
        this.onProgress = Objects.requireNonNull(handler);
        return this;
    }

    /** Called after success or failure, if the outcome is still wanted (e.g. to clear a busy indicator). */
    public BackgroundTask<T> onFinally(Runnable handler) {
        this.onFinally = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Called instead of {@link #onSuccess} with a result no longer wanted (a newer request of the same
     * {@link LatestRequests} started, or the project changed): to close what it opened.
     */
    public BackgroundTask<T> onDropped(Consumer<? super T> handler) {
        this.onDropped = Objects.requireNonNull(handler);
        return this;
    }

    /** Called last, whether the outcome was still wanted or not. */
    public BackgroundTask<T> always(Runnable handler) {
        this.always = Objects.requireNonNull(handler);
        return this;
    }

    /** Delivers the outcome only while {@code wanted} holds; the hooks bracket the task (for {@link LatestRequests}). */
    BackgroundTask<T> deliverWhile(BooleanSupplier wanted, Runnable whenStarted, Runnable whenEnded) {
        this.wanted = Objects.requireNonNull(wanted);
        this.whenStarted = Objects.requireNonNull(whenStarted);
        this.whenEnded = Objects.requireNonNull(whenEnded);
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
        whenStarted.run();
        worker.execute(() -> {
            runner.set(Thread.currentThread());
            try {
                T value = work.call(reporter);
                fxThread.execute(() -> {
                    try {
                        if (wanted.getAsBoolean()) {
                            onSuccess.accept(value);
                        } else {
                            onDropped.accept(value);
                        }
                    } finally {
                        finish();
                        result.complete(value);
                    }
                });
            } catch (Throwable failure) {
                fxThread.execute(() -> {
                    try {
                        if (wanted.getAsBoolean()) {
                            onFailure.accept(failure);
                        }
                    } finally {
                        finish();
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

    private void finish() {
        try {
            if (wanted.getAsBoolean()) {
                onFinally.run();
            }
            always.run();
        } finally {
            whenEnded.run();
        }
    }

    private static void unhandled(Throwable failure) {
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current, failure);
    }
}
