package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ReadConnectionPoolTest {
    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void createDatabase() {
        db = dir.resolve("history.db").toAbsolutePath();
        SqliteHistoryStore.open(db).close();
    }

    @Test
    @Timeout(30)
    void closeWakesAReaderWaitingForAConnection() throws Exception {
        ReadConnectionPool pool = new ReadConnectionPool(db, 1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> pool.read(c -> {
            holding.countDown();
            await(release);
            return 1;
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        CompletableFuture<Integer> waiter = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                waiter.complete(pool.read(c -> 2));
            } catch (Throwable t) {
                waiter.completeExceptionally(t);
            }
        });
        thread.start();
        // the only connection is taken, so the second reader can only wait for it
        while (thread.getState() != Thread.State.WAITING && !waiter.isDone()) {
            Thread.onSpinWait();
        }

        pool.close();

        ExecutionException e = assertThrows(ExecutionException.class, waiter::get);
        IllegalStateException closed = assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("history database " + db + " is closed", closed.getMessage());
        release.countDown();
        assertEquals(1, holder.get());
    }

    @Test
    void aConnectionGivenBackAfterCloseIsClosedNotPooled() throws Exception {
        ReadConnectionPool pool = new ReadConnectionPool(db, 2);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Connection> borrowed = new AtomicReference<>();
        CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> pool.read(c -> {
            borrowed.set(c);
            holding.countDown();
            await(release);
            return 1;
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));

        pool.close();
        release.countDown();

        assertEquals(1, holder.get());
        assertTrue(borrowed.get().isClosed());
        // not "could not read ...: database connection closed" from a closed connection put back
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.read(c -> 3));
        assertEquals("history database " + db + " is closed", e.getMessage());
        pool.close(); // twice is harmless
    }

    @Test
    void connectionsAreReusedWhileOpen() {
        try (ReadConnectionPool pool = new ReadConnectionPool(db, 1)) {
            Connection first = pool.read(c -> c);
            Connection second = pool.read(c -> c);
            assertEquals(first, second);
            assertEquals(1, (int) pool.read(c -> {
                try (var rs = c.createStatement().executeQuery("select 1")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
