package dev.assetstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every benchmark at a tiny size, once, so the benchmark code cannot rot. Checks only that each
 * completes and prints well-formed lines: no timing is asserted (the numbers mean nothing here).
 */
class BenchmarksSmokeTest {
    private static final Pattern FIGURE_LINE = Pattern.compile("[a-z]+(\\.[a-z0-9]+)+: [0-9]+(\\.[0-9]+)? [A-Za-z/]+");

    @TempDir
    Path dir;

    @Test
    void everyBenchmarkRunsAtATinySizeAndPrintsOneLinePerFigure() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        BenchContext ctx = new BenchContext(
                BenchContext.Mode.SMOKE, BenchContext.Sizes.TINY, dir.resolve("cache"), dir.resolve("scratch"), out);

        List<Figure> figures = Benchmarks.run(ctx, Benchmarks.all(), out);

        List<String> names = figures.stream().map(Figure::name).toList();
        assertEquals(
                List.of(
                        "load.50",
                        "run.overhead.50",
                        "run.overhead.50.fs",
                        "makespan.ratio.p4",
                        "makespan.ratio.p8",
                        "history.series.500",
                        "layout.layered.50",
                        "layout.layered.50.shuffled",
                        "layout.dbt60.crossings.vs.elk",
                        "layout.dbt60.time.vs.elk",
                        "layout.dbt60.stretch",
                        "layout.dbt60.group.stretch",
                        "layout.dbt60.worst.group.stretch",
                        "layout.dbt60.shuffled.crossings.vs.elk",
                        "layout.dbt60.shuffled.time.vs.elk",
                        "layout.dbt60.shuffled.stretch",
                        "layout.dbt60.shuffled.group.stretch",
                        "layout.dbt60.shuffled.worst.group.stretch",
                        "layout.synth50.crossings.vs.elk",
                        "layout.synth50.time.vs.elk",
                        "layout.synth50.stretch",
                        "layout.synth50.group.stretch",
                        "layout.synth50.worst.group.stretch",
                        "layout.dbt60.overview.crossings.vs.elk",
                        "layout.dbt60.overview.stretch",
                        "backfill.24",
                        "run.overhead.worker.50",
                        "worker.start",
                        "cluster.makespan.ratio.w1",
                        "cluster.makespan.ratio.w2",
                        "cluster.makespan.ratio.w3",
                        "run.overhead.cluster.50",
                        "studio.open.200",
                        "studio.open.400",
                        "studio.heap.400",
                        "studio.expand.20",
                        "studio.frame.fx",
                        "studio.frame.worst"),
                names);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        for (Figure f : figures) {
            assertTrue(FIGURE_LINE.matcher(f.line()).matches(), "well-formed: " + f.line());
            assertTrue(printed.lines().anyMatch(f.line()::equals), "printed: " + f.line());
            assertTrue(f.median() > 0 && Double.isFinite(f.median()), f.line());
        }
        assertTrue(printed.contains("ratio"), "summary table printed:\n" + printed);
    }

    @Test
    void onlyPicksBenchmarksByIdInRunOrder() {
        assertEquals(
                List.of("layout", "backfill"),
                Benchmarks.select(List.of("backfill", "layout")).stream()
                        .map(Benchmark::id)
                        .toList());
    }

    @Test
    void listScheduleOfAChainIsItsSumAndOfIndependentStepsIsSpreadOverThreads() {
        SyntheticDag dag = SyntheticDag.random(6, 6, 1, 10, 10, 1); // 6 roots, no edges, 10 ms each
        double[] durations = {10, 10, 10, 10, 10, 10};
        assertEquals(20, ListSchedule.makespan(dag, durations, 4), 1e-9);
        assertEquals(10, ListSchedule.makespan(dag, durations, 8), 1e-9);
        assertEquals(10, ListSchedule.criticalPath(dag, durations), 1e-9);

        SyntheticDag chain = SyntheticDag.random(4, 1, 1, 5, 5, 1); // each reads the one before it
        double[] five = {5, 5, 5, 5};
        assertEquals(20, ListSchedule.makespan(chain, five, 4), 1e-9);
        assertEquals(20, ListSchedule.criticalPath(chain, five), 1e-9);
    }
}
