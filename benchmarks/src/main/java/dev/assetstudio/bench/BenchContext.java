package dev.assetstudio.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a benchmark run is allowed to do: its sizes, how often to repeat, where to cache jars and
 * keep scratch files, and where to say what it is doing.
 */
final class BenchContext {
    /** How thoroughly to measure. */
    enum Mode {
        /** The published numbers: several warm-ups and timed iterations. */
        FULL,
        /** Same sizes, fewer iterations. */
        QUICK,
        /** Tiny sizes, one iteration: only checks that the benchmarks still work. */
        SMOKE
    }

    /**
     * The sizes of the figures.
     *
     * @param loadAssets assets of the load figure
     * @param runAssets no-op assets of the run-overhead figure
     * @param makespanAssets sleeping assets of the makespan figure
     * @param minSleepMillis shortest sleep of a makespan asset
     * @param maxSleepMillis longest sleep of a makespan asset
     * @param historyRows materializations of the history-series figure
     * @param layoutNodes nodes of the layout figure
     * @param backfillPartitions partitions of the backfill figure
     */
    record Sizes(
            int loadAssets,
            int runAssets,
            int makespanAssets,
            int minSleepMillis,
            int maxSleepMillis,
            int historyRows,
            int layoutNodes,
            int backfillPartitions) {
        static final Sizes PUBLISHED = new Sizes(10_000, 10_000, 200, 5, 50, 100_000, 10_000, 12_000);
        static final Sizes TINY = new Sizes(50, 50, 16, 1, 4, 500, 50, 24);
    }

    private final Mode mode;
    private final Sizes sizes;
    private final Path cacheDir;
    private final Path scratchDir;
    private final PrintStream log;

    BenchContext(Mode mode, Sizes sizes, Path cacheDir, Path scratchDir, PrintStream log) {
        this.mode = mode;
        this.sizes = sizes;
        this.cacheDir = cacheDir;
        this.scratchDir = scratchDir;
        this.log = log;
    }

    Mode mode() {
        return mode;
    }

    Sizes sizes() {
        return sizes;
    }

    AssetJars jars() {
        return new AssetJars(cacheDir);
    }

    /** A new scratch directory, for the benchmark to delete when done. */
    Path scratch(String prefix) {
        return TempDirs.create(scratchDir, prefix);
    }

    /** Full, quick or smoke repetitions. */
    Repetitions reps(int warmups, int runs, int quickWarmups, int quickRuns) {
        return switch (mode) {
            case FULL -> new Repetitions(warmups, runs);
            case QUICK -> new Repetitions(quickWarmups, quickRuns);
            case SMOKE -> new Repetitions(0, 1);
        };
    }

    /** A progress note, {@code # …}, so that parsers of the figure lines can skip it. */
    void note(String message) {
        log.println("  # " + message);
        log.flush();
    }
}
