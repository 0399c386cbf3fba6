package dev.assetstudio.engine;

import dev.assetstudio.engine.history.HistoryStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Opens a project's history while its worker process starts, on threads of its own: named, daemon,
 * reused for a minute. Not the common fork-join pool, which on 2 cores has one thread and so makes
 * {@code CompletableFuture.supplyAsync} start a new thread per call, and which anything else in the
 * JVM may keep busy.
 */
final class HistoryOpening {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService THREADS =
            new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "asset-studio-history-open-" + COUNT.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private HistoryOpening() {}

    /** Opens a history store with {@code open}, off the calling thread. */
    static CompletableFuture<HistoryStore> start(Supplier<HistoryStore> open) {
        return CompletableFuture.supplyAsync(open, THREADS);
    }
}
