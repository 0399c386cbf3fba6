package dev.assetstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.history.HistoryStore;
import dev.assetstudio.engine.history.SqliteHistoryStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's history opens on a named daemon thread that the next open reuses, not on the common
 * pool (which on 2 cores starts a thread per call).
 */
class HistoryOpeningTest {
    @TempDir
    Path dir;

    @Test
    void historiesOpenOnANamedThreadTheNextOpenReuses() throws Exception {
        AtomicReference<Thread> first = new AtomicReference<>();
        AtomicReference<Thread> second = new AtomicReference<>();
        HistoryStore a = HistoryOpening.start(() -> {
                    first.set(Thread.currentThread());
                    return SqliteHistoryStore.open(dir.resolve("a.db"));
                })
                .get(30, TimeUnit.SECONDS);
        // the thread is back waiting for work once its task returned
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (first.get().getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        try (a;
                HistoryStore b = HistoryOpening.start(() -> {
                            second.set(Thread.currentThread());
                            return SqliteHistoryStore.open(dir.resolve("b.db"));
                        })
                        .get(30, TimeUnit.SECONDS)) {
            assertTrue(
                    first.get().getName().startsWith("asset-studio-history-open-"),
                    first.get().getName());
            assertTrue(first.get().isDaemon(), "never keeps the JVM up");
            assertEquals(first.get(), second.get(), "the second open reuses the first's thread");
        }
    }
}
