package dev.assetstudio.bench.micro;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.history.HistoryStore;
import dev.assetstudio.engine.history.SqliteHistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The history reads the studio makes when an asset is picked, on a database of {@code rows} materializations of
 * 100 assets: the latest materialization of every asset (catalog), a page of one asset's materializations
 * (Activity tab), its runs (Runs tab), and a numeric metadata series (plots).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HistoryQueryMicrobenchmark {
    private static final int ASSETS = 100;

    @Param({"10000"})
    int rows;

    private Path dir;
    private HistoryStore store;
    private final AssetKey picked = AssetKey.of("asset_7");

    @Setup(Level.Trial)
    public void fill() throws IOException {
        dir = Files.createTempDirectory("history-micro");
        store = SqliteHistoryStore.open(dir.resolve("history.db"));
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < rows; i++) {
            String run = "run-" + (i / ASSETS);
            if (i % ASSETS == 0) {
                store.runStarted(run, t0.plusSeconds(i), "*", java.util.List.of());
            }
            store.materialization(
                    run, "asset_" + (i % ASSETS), null, t0.plusSeconds(i), i % 1000, "v1", Map.of("num_rows", i));
        }
        store.flush();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public Object latestMaterializations() {
        return store.latestMaterializations();
    }

    @Benchmark
    public Object materializationsPage() {
        return store.materializations(picked, 0, 50);
    }

    @Benchmark
    public Object runsForAsset() {
        return store.runsForAsset(picked, 20);
    }

    @Benchmark
    public Object metadataSeries() {
        return store.metadataSeries(picked, "num_rows");
    }
}
