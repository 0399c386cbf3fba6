package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two stores on one file (as two processes would be), each fed by several threads at once. */
class ConcurrentWritersTest {
    private static final int STORES = 2;
    private static final int THREADS_PER_STORE = 3;
    private static final int EVENTS_PER_THREAD = 2_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyEventOfBothStoresIsCommitted() throws Exception {
        Path db = dir.resolve("history.db");
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        List<HistoryStore> stores = new ArrayList<>();
        for (int s = 0; s < STORES; s++) {
            stores.add(SqliteHistoryStore.open(db));
        }
        ExecutorService pool = Executors.newFixedThreadPool(STORES * THREADS_PER_STORE);
        try {
            CyclicBarrier start = new CyclicBarrier(STORES * THREADS_PER_STORE);
            List<Future<?>> futures = new ArrayList<>();
            for (int s = 0; s < STORES; s++) {
                HistoryStore store = stores.get(s);
                for (int th = 0; th < THREADS_PER_STORE; th++) {
                    String runId = "run-" + s + "-" + th;
                    futures.add(pool.submit(() -> {
                        start.await();
                        store.runStarted(runId, t0, "*", List.of("asset"));
                        for (int i = 0; i < EVENTS_PER_THREAD; i++) {
                            Instant at = t0.plusMillis(i);
                            store.stepEvent(runId, "asset", "p" + i, StepEventType.STARTED, at, null);
                            store.logLine(runId, "asset", "p" + i, "INFO", at, "line " + i);
                            store.materialization(runId, "asset", "p" + i, at, i, null, Map.of("i", i));
                            if (i % 500 == 0) {
                                store.flush(); // flushes interleave with the other store's batches
                            }
                        }
                        store.runFinished(runId, t0.plusSeconds(60), RunStatus.SUCCEEDED);
                        return null;
                    }));
                }
            }
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
            for (HistoryStore store : stores) {
                store.flush();
            }

            int runs = STORES * THREADS_PER_STORE;
            int total = runs * EVENTS_PER_THREAD;
            HistoryStore reader = stores.get(0);
            AssetKey asset = AssetKey.of("asset");
            assertEquals(total, reader.countMaterializations(asset));
            assertEquals(total, reader.metadataSeries(asset, "i").size());
            assertEquals(runs, reader.runs(0, 100).size());
            assertEquals(runs, reader.runsForAsset(asset, 100).size());
            long stepEvents = 0;
            long logLines = 0;
            for (RunRecord run : reader.runs(0, 100)) {
                assertEquals(RunStatus.SUCCEEDED, run.status());
                List<StepEventRecord> events = reader.stepEvents(run.runId());
                assertEquals(EVENTS_PER_THREAD, events.size());
                assertEquals(
                        "p" + (EVENTS_PER_THREAD - 1),
                        events.get(EVENTS_PER_THREAD - 1).partition());
                stepEvents += events.size();
                logLines += reader.logLines(run.runId(), asset).size();
            }
            assertEquals(total, stepEvents);
            assertEquals(total, logLines);
            // the other store sees the same
            assertEquals(total, stores.get(1).countMaterializations(asset));
        } finally {
            pool.shutdownNow();
            for (HistoryStore store : stores) {
                store.close();
            }
        }
    }
}
