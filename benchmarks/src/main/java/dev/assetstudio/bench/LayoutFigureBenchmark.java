package dev.assetstudio.bench;

import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.LayeredLayout;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.fixtures.DbtLikeGraphs;
import dev.assetstudio.app.graph.layout.fixtures.SyntheticGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code layout.layered.N}: the studio's layered layout of the synthetic graph, the same case as
 * {@link LayoutBenchmark}'s {@code layout.layered.10000} (40 layers, 20 groups, seed 1, default
 * options, 15 warm-ups and 15 runs); {@code layout.layered.N.shuffled} the same graph with nodes and
 * edges given in a random order. Then the quality figures against ELK ({@link
 * LayoutQualityBenchmark}).
 */
final class LayoutFigureBenchmark implements Benchmark {
    static final double TARGET_MS = 150;

    @Override
    public String id() {
        return "layout";
    }

    @Override
    public String description() {
        return "the studio's LayeredLayout of N nodes, given and shuffled; crossings, shape and time vs ELK";
    }

    @Override
    public List<Figure> run(BenchContext ctx) {
        int n = ctx.sizes().layoutNodes();
        LayoutGraph graph = SyntheticGraphs.layeredDag(n, Math.min(40, n), Math.min(20, n), 1);
        List<Figure> figures = new ArrayList<>();
        figures.add(time(ctx, "layout.layered." + n, graph));
        figures.add(time(ctx, "layout.layered." + n + ".shuffled", DbtLikeGraphs.shuffled(graph, 3)));
        figures.addAll(LayoutQualityBenchmark.run(ctx));
        return figures;
    }

    private static Figure time(BenchContext ctx, String name, LayoutGraph graph) {
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
        return new Figure(name, samples.median(), "ms", TARGET_MS, details);
    }
}
