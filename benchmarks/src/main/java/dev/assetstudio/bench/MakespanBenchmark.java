package dev.assetstudio.bench;

import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.model.RunStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code makespan.ratio.pP}: a random DAG of sleeping assets (5–50 ms each, fixed per key, fan-in
 * 1–3) run with parallelism P; wall-clock makespan of {@code materialize} divided by the makespan
 * of an ideal greedy list schedule of the same sleeps on P threads. Sleeping steps need no cores, so
 * P may exceed the machine's.
 */
final class MakespanBenchmark implements Benchmark {
    static final double TARGET_RATIO = 1.05;
    private static final int[] THREADS = {4, 8};

    @Override
    public String id() {
        return "makespan";
    }

    @Override
    public String description() {
        return "sleep-bound random DAG on P = 4 and 8 threads: actual makespan / greedy list-schedule makespan";
    }

    @Override
    public List<Figure> run(BenchContext ctx) {
        BenchContext.Sizes sizes = ctx.sizes();
        int n = sizes.makespanAssets();
        SyntheticDag dag =
                SyntheticDag.random(n, Math.max(1, n / 25), 30, sizes.minSleepMillis(), sizes.maxSleepMillis(), 7);
        double[] durations = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            durations[i] = dag.sleepMillis(i);
            total += durations[i];
        }
        Path jar = ctx.jars().provider(dag, AssetJars.Io.MEMORY, null);
        double critical = ListSchedule.criticalPath(dag, durations);
        List<Figure> figures = new ArrayList<>();
        for (int p : THREADS) {
            double bound = ListSchedule.makespan(dag, durations, p);
            Repetitions reps = ctx.reps(1, 5, 1, 3);
            double[] ratios = new double[reps.runs()];
            double[] actual = new double[reps.runs()];
            String load = MachineLoad.describe();
            Path home = ctx.scratch("makespan-home");
            try (Project project = Project.open(
                    jar, ProjectOptions.builder().home(home).parallelism(p).build())) {
                for (int i = -reps.warmups(); i < reps.runs(); i++) {
                    Timer t = new Timer();
                    RunResult result = project.materialize(AssetSelection.all());
                    double ms = t.wallMillis();
                    if (result.runStatus() != RunStatus.SUCCEEDED) {
                        throw new IllegalStateException(
                                "makespan run " + result.runStatus() + ": " + result.failures());
                    }
                    if (i >= 0) {
                        actual[i] = ms;
                        ratios[i] = ms / bound;
                    }
                }
            } finally {
                TempDirs.delete(home);
            }
            Samples samples = new Samples(ratios);
            String details = String.format(
                    Locale.ROOT,
                    "%s; %d assets, %d edges, total sleep %.0f ms; actual median %.0f ms vs list schedule %.0f ms"
                            + " (critical path %.0f ms, actual/critical %.2f); %s",
                    samples.summary("x"),
                    n,
                    dag.edgeCount(),
                    total,
                    new Samples(actual).median(),
                    bound,
                    critical,
                    new Samples(actual).median() / critical,
                    load);
            figures.add(new Figure("makespan.ratio.p" + p, samples.median(), "x", TARGET_RATIO, details));
        }
        return figures;
    }
}
