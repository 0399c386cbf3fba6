package dev.assetstudio.bench;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.history.HistoryStore;
import dev.assetstudio.engine.history.SeriesPoint;
import dev.assetstudio.engine.history.SqliteHistoryStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code history.series.N}: {@code metadataSeries} of an asset with N materializations (each with
 * a few numeric metadata entries; another asset interleaved every tenth row), written once through
 * the store's write API and flushed, then queried.
 */
final class HistorySeriesBenchmark implements Benchmark {
    static final double TARGET_MS = 50;

    @Override
    public String id() {
        return "history";
    }

    @Override
    public String description() {
        return "HistoryStore.metadataSeries of an asset with N materializations in SQLite";
    }

    @Override
    public List<Figure> run(BenchContext ctx) {
        int n = ctx.sizes().historyRows();
        Path dir = ctx.scratch("history");
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        AssetKey key = AssetKey.of("big", "table");
        try (HistoryStore store = SqliteHistoryStore.open(dir.resolve("history.db"))) {
            Timer write = new Timer();
            for (int i = 0; i < n; i++) {
                store.materialization(
                        "run-" + (i / 10),
                        "big/table",
                        null,
                        t0.plusSeconds(i),
                        i % 1000,
                        "v1",
                        Map.of("num_rows", i, "bytes", i * 10L, "ratio", i / 2.0, "name", "x"));
                if (i % 10 == 0) {
                    store.materialization(
                            "run-" + (i / 10), "small", null, t0.plusSeconds(i), 1, null, Map.of("num_rows", 1));
                }
            }
            store.flush();
            double writeMs = write.wallMillis();
            Repetitions reps = ctx.reps(3, 9, 2, 5);
            double[] wall = new double[reps.runs()];
            double[] cpu = new double[reps.runs()];
            String load = MachineLoad.describe();
            for (int i = -reps.warmups(); i < reps.runs(); i++) {
                Timer t = new Timer();
                List<SeriesPoint> series = store.metadataSeries(key, "num_rows");
                double ms = t.wallMillis();
                double cpuMs = t.cpuMillis();
                if (series.size() != n) {
                    throw new IllegalStateException("expected " + n + " points, got " + series.size());
                }
                if (i >= 0) {
                    wall[i] = ms;
                    cpu[i] = cpuMs;
                }
            }
            Samples samples = new Samples(wall);
            String details = String.format(
                    Locale.ROOT,
                    "%s; thread CPU median %.1f ms; %d + %d materializations written and flushed in %.1f s; %s",
                    samples.summary("ms"),
                    new Samples(cpu).median(),
                    n,
                    (n + 9) / 10,
                    writeMs / 1000,
                    load);
            return List.of(new Figure("history.series." + n, samples.median(), "ms", TARGET_MS, details));
        } finally {
            TempDirs.delete(dir);
        }
    }
}
