package dev.assetstudio.bench;

import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.graph.AssetGraph;
import dev.assetstudio.engine.load.LoadedProject;
import dev.assetstudio.engine.load.ProjectLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code load.N}: {@code Project.open} of a compiled jar of N {@code @Asset} methods (scan, class
 * loading, validation, parameter binding, graph, history open and the definitions snapshot queued),
 * with a fresh home each iteration, so the history database is created each time (the worst case).
 */
final class LoadBenchmark implements Benchmark {
    static final double TARGET_MS = 1_000;

    @Override
    public String id() {
        return "load";
    }

    @Override
    public String description() {
        return "Project.open of a jar of N @Asset methods (100 per class, ~20 groups, fan-in 1-3): load, validate, graph";
    }

    @Override
    public List<Figure> run(BenchContext ctx) {
        int n = ctx.sizes().loadAssets();
        SyntheticDag dag = SyntheticDag.layered(n, layersFor(n), groupsFor(n), 1);
        Timer compile = new Timer();
        Path jar = ctx.jars().annotated(dag);
        ctx.note(String.format(
                Locale.ROOT,
                "load: jar of %d assets, %d edges, %d groups ready in %.1f s (compiled once, cached: %s)",
                dag.size(),
                dag.edgeCount(),
                dag.groupNames().size(),
                compile.wallMillis() / 1000,
                jar.getFileName()));
        Repetitions reps = ctx.reps(2, 7, 1, 3);
        double[] wall = new double[reps.runs()];
        double[] cpu = new double[reps.runs()];
        String load = MachineLoad.describe();
        for (int i = -reps.warmups(); i < reps.runs(); i++) {
            Path home = ctx.scratch("load-home");
            try {
                Timer t = new Timer();
                Project project =
                        Project.open(jar, ProjectOptions.builder().home(home).build());
                double ms = t.wallMillis();
                double cpuMs = t.cpuMillis();
                try {
                    if (project.assetKeys().size() != n) {
                        throw new IllegalStateException("expected " + n + " assets, got "
                                + project.assetKeys().size());
                    }
                } finally {
                    project.close();
                }
                if (i >= 0) {
                    wall[i] = ms;
                    cpu[i] = cpuMs;
                }
            } finally {
                TempDirs.delete(home);
            }
        }
        // where the time goes, from one more open split in its parts
        Timer loaderTimer = new Timer();
        double loaderMs;
        double graphMs;
        try (LoadedProject loaded = new ProjectLoader().load(jar)) {
            loaderMs = loaderTimer.wallMillis();
            Timer graphTimer = new Timer();
            AssetGraph.of(loaded.definitions());
            graphMs = graphTimer.wallMillis();
        }
        Samples samples = new Samples(wall);
        String details = String.format(
                Locale.ROOT,
                "%s; opening thread CPU median %.0f ms; one split: ProjectLoader.load %.0f ms, AssetGraph.of %.0f ms; %s",
                samples.summary("ms"),
                new Samples(cpu).median(),
                loaderMs,
                graphMs,
                load);
        return List.of(new Figure("load." + n, samples.median(), "ms", TARGET_MS, details));
    }

    static int layersFor(int n) {
        return Math.max(2, Math.min(40, n / 25));
    }

    static int groupsFor(int n) {
        return Math.max(1, Math.min(20, n / 10));
    }
}
