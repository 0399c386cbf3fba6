package dev.assetstudio.bench;

import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.LayeredLayout;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.fixtures.SyntheticGraphs;
import java.util.List;
import java.util.Locale;

/**
 * {@code layout.layered.N}: the studio's layered layout of the synthetic graph, the same case as
 * {@link LayoutBenchmark}'s {@code layout.layered.10000} (40 layers, 20 groups, seed 1, default
 * options, 15 warm-ups and 15 runs).
 */
final class LayoutFigureBenchmark implements Benchmark {
    static final double TARGET_MS = 150;

    @Override
    public String id() {
        return "layout";
    }

    @Override
    public String description() {
        return "the studio's LayeredLayout of N nodes (LayoutBenchmark's layout.layered.10000 case)";
    }

    @Override
    public List<Figure> run(BenchContext ctx) {
        int n = ctx.sizes().layoutNodes();
        LayoutGraph graph = SyntheticGraphs.layeredDag(n, Math.min(40, n), Math.min(20, n), 1);
        LayeredLayout layout = new LayeredLayout();
        LayoutOptions options = LayoutOptions.defaults();
        Repetitions reps = ctx.reps(15, 15, 5, 5);
        double[] wall = new double[reps.runs()];
        double[] cpu = new double[reps.runs()];
        long sink = 0;
        String load = MachineLoad.describe();
        for (int i = -reps.warmups(); i < reps.runs(); i++) {
            Timer t = new Timer();
            GraphLayout result = layout.layout(graph, options);
            double ms = t.wallMillis();
            double cpuMs = t.cpuMillis();
            sink += result.nodes().size();
            if (i >= 0) {
                wall[i] = ms;
                cpu[i] = cpuMs;
            }
        }
        if (sink != (long) graph.nodeCount() * (reps.warmups() + reps.runs())) {
            throw new IllegalStateException("layout lost nodes");
        }
        Samples samples = new Samples(wall);
        String details = String.format(
                Locale.ROOT,
                "%s; thread CPU median %.1f ms; %d nodes, %d edges; %s",
                samples.summary("ms"),
                new Samples(cpu).median(),
                graph.nodeCount(),
                graph.edgeCount(),
                load);
        return List.of(new Figure("layout.layered." + n, samples.median(), "ms", TARGET_MS, details));
    }
}
