package dev.assetstudio.app.fx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one adapter that moves events from background threads to the FX thread, in batches.
 *
 * <p>{@link #offer} may be called from any thread, as often as events happen (a 10,000-step run emits tens of
 * thousands). Events are queued; at most one drain is pending at a time and drains happen at most once per
 * {@code interval}, so the FX thread gets a few calls with many events each instead of a flood of
 * {@code Platform.runLater}s. Events from one thread arrive in the order they were offered.
 *
 * <pre>{@code
 * var batcher = new FxBatcher<RunEvent>(runViewModel::apply, Duration.ofMillis(50));
 * project.addRunListener(batcher::offer);   // called on worker threads
 * }</pre>
 *
 * @param <T> the event type
 */
public final class FxBatcher<T> {

    /** The default pace: about 20 batches a second, smooth to the eye and cheap for the FX thread. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(50);

    private static final ScheduledExecutorService TIMER = timer();

    private final Consumer<List<T>> onFx;
    private final long intervalNanos;
    private final Executor fxThread;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private volatile long lastDrainNanos;

    /** Delivers batches to {@code onFx} on the JavaFX application thread, at most once per {@code interval}. */
    public FxBatcher(Consumer<List<T>> onFx, Duration interval) {
        this(onFx, interval, Platform::runLater);
    }

    /**
     * Delivers batches through {@code fxThread} instead of {@link Platform#runLater} (for view-model tests that run
     * without a toolkit).
     */
    public FxBatcher(Consumer<List<T>> onFx, Duration interval, Executor fxThread) {
        this.onFx = Objects.requireNonNull(onFx);
        this.intervalNanos = interval.toNanos();
        this.fxThread = Objects.requireNonNull(fxThread);
        this.lastDrainNanos = System.nanoTime() - intervalNanos;
    }

    /** Queues {@code event} for the next batch. Thread-safe and non-blocking. */
    public void offer(T event) {
        queue.add(Objects.requireNonNull(event));
        if (drainPending.compareAndSet(false, true)) {
            long wait = lastDrainNanos + intervalNanos - System.nanoTime();
            if (wait <= 0) {
                fxThread.execute(this::drain);
            } else {
                TIMER.schedule(() -> fxThread.execute(this::drain), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** Delivers everything queued so far, now, on the calling thread (the FX thread, or a test's). */
    public void flushNow() {
        drain();
    }

    /** How many events wait for the next batch. */
    public int pending() {
        return queue.size();
    }

    private void drain() {
        // Clear the flag before taking events: an event offered meanwhile either lands in this batch or
        // schedules the next one; none is left behind.
        drainPending.set(false);
        lastDrainNanos = System.nanoTime();
        List<T> batch = new ArrayList<>();
        for (T event; (event = queue.poll()) != null; ) {
            batch.add(event);
        }
        if (!batch.isEmpty()) {
            onFx.accept(batch);
        }
    }

    private static ScheduledExecutorService timer() {
        var timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            var thread = new Thread(runnable, "fx-batcher-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
