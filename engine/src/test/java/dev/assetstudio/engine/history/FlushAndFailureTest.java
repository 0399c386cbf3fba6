package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FlushAndFailureTest {
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final AssetKey A = AssetKey.of("a");

    @TempDir
    Path dir;

    @Test
    void flushMakesEverythingEnqueuedBeforeItVisible() {
        try (HistoryStore store = SqliteHistoryStore.open(dir.resolve("history.db"))) {
            for (int round = 1; round <= 3; round++) {
                for (int i = 0; i < 5_000; i++) {
                    store.logLine("r", "a", null, "INFO", T0.plusMillis(i), "x");
                }
                store.materialization("r", "a", null, T0.plusSeconds(round), 1, null, Map.of("round", round));
                store.flush();
                assertEquals(round, store.countMaterializations(A));
                assertEquals(round * 5_000, store.logLines("r").size());
                assertEquals(
                        (long) round,
                        store.latestMaterialization(A).orElseThrow().metadata().get("round"));
            }
        }
    }

    @Test
    void closeCommitsWhatIsQueued() {
        Path db = dir.resolve("history.db");
        try (HistoryStore store = SqliteHistoryStore.open(db)) {
            for (int i = 0; i < 10_000; i++) {
                store.stepEvent("r", "a", null, StepEventType.STARTED, T0.plusMillis(i), null);
            }
        }
        try (HistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals(10_000, store.stepEvents("r").size());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void flushFromManyThreadsAtOnce() throws Exception {
        try (HistoryStore store = SqliteHistoryStore.open(dir.resolve("history.db"))) {
            int threads = 8;
            CountDownLatch done = new CountDownLatch(threads);
            AtomicReference<Throwable> error = new AtomicReference<>();
            for (int t = 0; t < threads; t++) {
                String run = "r" + t;
                Thread thread = new Thread(() -> {
                    try {
                        for (int i = 0; i < 200; i++) {
                            store.logLine(run, null, null, "INFO", T0.plusMillis(i), "line");
                            store.flush();
                            // what this thread wrote before its flush is visible to it after
                            if (store.logLines(run).size() != i + 1) {
                                throw new AssertionError("line " + i + " of " + run + " not visible after flush");
                            }
                        }
                    } catch (Throwable e) {
                        error.compareAndSet(null, e);
                    } finally {
                        done.countDown();
                    }
                });
                thread.start();
            }
            assertTrue(done.await(50, TimeUnit.SECONDS));
            if (error.get() != null) {
                throw new AssertionError(error.get());
            }
        }
    }

    @Test
    void aFailedWriteIsReportedByTheNextFlushAndTheWriterGoesOn() {
        Path db = dir.resolve("history.db");
        try (HistoryStore store = SqliteHistoryStore.open(db)) {
            store.runStarted("dup", T0, null, List.of());
            store.flush();
            // In one batch: a good write, a bad one (duplicate run id), another good one.
            store.logLine("dup", null, null, "INFO", T0, "before");
            store.runStarted("dup", T0, null, List.of());
            store.logLine("dup", null, null, "INFO", T0.plusSeconds(1), "after");
            HistoryException e = assertThrows(HistoryException.class, store::flush);
            String file = db.toAbsolutePath().normalize().toString();
            assertTrue(
                    e.getMessage().startsWith("could not write 1 record(s) to history database " + file + ": "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("UNIQUE constraint failed: runs.run_id"), e.getMessage());
            // only the bad op was lost
            assertEquals(
                    List.of("before", "after"),
                    store.logLines("dup").stream().map(LogLineRecord::message).toList());
            // reported once; the writer is alive and later writes work
            store.flush();
            store.runFinished("dup", T0.plusSeconds(2), RunStatus.FAILED);
            store.flush();
            assertEquals(RunStatus.FAILED, store.run("dup").orElseThrow().status());
        }
    }

    @Test
    void aWriteFailureNobodyFlushedIsThrownByClose() {
        Path db = dir.resolve("history.db");
        HistoryStore store = SqliteHistoryStore.open(db);
        store.runStarted("dup", T0, null, List.of());
        store.runStarted("dup", T0, null, List.of());
        HistoryException e = assertThrows(HistoryException.class, store::close);
        assertTrue(e.getMessage().contains("could not write 1 record(s)"), e.getMessage());
        store.close(); // already closed: nothing more to say
    }

    @Test
    void everyWriteFailingLikeADiskProblemIsReportedWithTheCount() throws Exception {
        Path db = dir.resolve("history.db");
        try (HistoryStore store = SqliteHistoryStore.open(db)) {
            // Break the table under the store, as a damaged or full disk would make every insert fail.
            try (Connection c = SchemaTest.connect(db);
                    Statement st = c.createStatement()) {
                st.execute("DROP TABLE log_lines");
            }
            for (int i = 0; i < 3; i++) {
                store.logLine("r", null, null, "INFO", T0, "lost " + i);
            }
            HistoryException e = assertThrows(HistoryException.class, store::flush);
            assertTrue(e.getMessage().startsWith("could not write 3 record(s)"), e.getMessage());
            assertTrue(e.getMessage().contains("log_lines"), e.getMessage());
            // other tables still work
            store.runStarted("r", T0, null, List.of());
            store.flush();
            assertEquals(RunStatus.STARTED, store.run("r").orElseThrow().status());
        }
    }

    @Test
    void aBatchRolledBackAndReplayedStillRecordsWhichAssetsEachRunTouched() throws Exception {
        Path db = dir.resolve("history.db");
        SqliteHistoryStore.open(db).close(); // creates the schema
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (HistoryWriter writer = new HistoryWriter(db, SqliteConnections.openWriter(db))) {
            writer.enqueue(WriteOps.runStarted("dup", T0, null, List.of(), null, null));
            // Hold the writer inside a batch so that the next ops are drained as one batch.
            writer.enqueue(s -> {
                started.countDown();
                awaitQuietly(release);
            });
            assertTrue(started.await(30, TimeUnit.SECONDS));
            writer.enqueue(WriteOps.runStarted("r", T0, null, List.of("planned"), null, null));
            writer.enqueue(WriteOps.stepEvent("r", "unplanned", null, StepEventType.STARTED, T0, null));
            writer.enqueue(WriteOps.stepEvent("r", "planned", null, StepEventType.STARTED, T0, null));
            writer.enqueue(WriteOps.materialization("r", "planned", null, T0, 1, null, Map.of("rows", 1)));
            // A bad op: the batch is rolled back, then replayed op by op; the pairs written by the
            // rolled-back attempt must be written again, not taken as done.
            writer.enqueue(WriteOps.runStarted("dup", T0, null, List.of(), null, null));
            writer.enqueue(WriteOps.stepEvent("r", "unplanned", null, StepEventType.SUCCEEDED, T0, null));
            // A run number assigned by the rolled-back attempt must not be reused from memory either.
            writer.enqueue(
                    WriteOps.materialization("r2", "planned", null, T0.plusMillis(1), 1, null, Map.of("rows", 2)));
            release.countDown();
            HistoryException e = assertThrows(HistoryException.class, writer::flush);
            assertTrue(e.getMessage().contains("could not write 1 record(s)"), e.getMessage());
            assertEquals(List.of("planned/r", "planned/r2", "unplanned/r"), runAssets(db));
            // After the run finished, a late event of another asset is still recorded.
            writer.enqueue(WriteOps.runFinished("r", T0.plusSeconds(1), RunStatus.SUCCEEDED));
            writer.enqueue(WriteOps.logLine("r", "planned", null, "INFO", T0.plusSeconds(2), "late"));
            writer.enqueue(WriteOps.stepEvent("r", "late", null, StepEventType.STARTED, T0.plusSeconds(2), null));
            writer.enqueue(WriteOps.stepEvent("r", "planned", null, StepEventType.STARTED, T0.plusSeconds(2), null));
            writer.flush();
            assertEquals(List.of("late/r", "planned/r", "planned/r2", "unplanned/r"), runAssets(db));
        }
        try (HistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals(
                    List.of("r"),
                    store.runsForAsset(AssetKey.of("unplanned"), 10).stream()
                            .map(RunRecord::runId)
                            .toList());
            assertEquals(
                    3,
                    store.stepEvents("r").stream()
                            .filter(ev -> ev.time().equals(T0))
                            .count(),
                    "every good op of the replayed batch is kept, once");
            assertEquals(
                    List.of("r", "r2"),
                    store.metadataSeries(AssetKey.of("planned"), "rows").stream()
                            .map(SeriesPoint::runId)
                            .toList());
        }
    }

    private static List<String> runAssets(Path db) throws Exception {
        try (Connection c = SchemaTest.connect(db)) {
            return SchemaTest.strings(
                    c, "SELECT asset_key || '/' || run_id FROM run_assets ORDER BY asset_key, run_id");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
