package dev.assetstudio.bench;

import dev.assetstudio.api.AssetKey;
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
 * {@code run.overhead.N}: a run of N no-op assets (each returns a small {@code Integer}) over the
 * layered DAG, with history written to SQLite; (run time + history flush) / N. Main figure: spec
 * assets with {@code InMemoryIOManager} as {@code io_manager}, so it measures the engine, not
 * serialization. Variant {@code .fs}: the {@code @Asset}-method jar of the load figure with the
 * default {@code FilesystemIOManager} (Java serialization, one file per value).
 */
final class RunOverheadBenchmark implements Benchmark {
    static final double TARGET_MS_PER_STEP = 0.3;

    @Override
    public String id() {
        return "run";
    }

    @Override
    public String description() {
        return "run of N no-op assets with SQLite history, (run + history flush) / N; in-memory io_manager, and"
                + " .fs with the default FilesystemIOManager";
    }

    @Override
    public List<Figure> run(BenchContext ctx) {
        int n = ctx.sizes().runAssets();
        SyntheticDag dag = SyntheticDag.layered(n, LoadBenchmark.layersFor(n), LoadBenchmark.groupsFor(n), 1);
        List<Figure> figures = new ArrayList<>();
        Path memoryJar = ctx.jars().provider(dag, AssetJars.Io.MEMORY, null);
        figures.add(measure(
                ctx,
                "run.overhead." + n,
                memoryJar,
                n,
                ctx.reps(2, 5, 1, 3),
                TARGET_MS_PER_STEP,
                "spec" + " assets, InMemoryIOManager"));
        Path annotatedJar = ctx.jars().annotated(dag);
        figures.add(measure(
                ctx,
                "run.overhead." + n + ".fs",
                annotatedJar,
                n,
                ctx.reps(1, 3, 0, 1),
                Double.NaN,
                "@Asset methods, default FilesystemIOManager"));
        return figures;
    }

    private static Figure measure(
            BenchContext ctx, String name, Path jar, int n, Repetitions reps, double target, String what) {
        String lastKey = "n" + (n - 1);
        Path home = ctx.scratch("run-home");
        int parallelism;
        double[] perStep = new double[reps.runs()];
        double[] engine = new double[reps.runs()];
        double[] flush = new double[reps.runs()];
        String load = MachineLoad.describe();
        try (Project project =
                Project.open(jar, ProjectOptions.builder().home(home).build())) {
            parallelism = project.options().parallelism();
            project.historyStore().flush(); // the definitions snapshot of the open is not part of the run
            for (int i = -reps.warmups(); i < reps.runs(); i++) {
                Timer t = new Timer();
                RunResult result = project.materialize(AssetSelection.all());
                double runMs = t.wallMillis();
                project.historyStore().flush();
                double totalMs = t.wallMillis();
                if (result.runStatus() != RunStatus.SUCCEEDED
                        || result.statuses().size() != n) {
                    throw new IllegalStateException(name + ": run " + result.runStatus() + " with "
                            + result.statuses().size() + " steps, failures " + result.failures());
                }
                long recorded = project.history().countMaterializations(AssetKey.of(lastKey));
                if (recorded != i + reps.warmups() + 1) {
                    throw new IllegalStateException(name + ": history holds " + recorded + " materializations of "
                            + lastKey + " after " + (i + reps.warmups() + 1) + " runs");
                }
                if (i >= 0) {
                    perStep[i] = totalMs / n;
                    engine[i] = runMs;
                    flush[i] = totalMs - runMs;
                }
            }
        } finally {
            TempDirs.delete(home);
        }
        Samples samples = new Samples(perStep);
        String details = String.format(
                Locale.ROOT,
                "%s; %s, %d threads; median run %.0f ms + history flush after it %.0f ms; %s",
                samples.summary("ms/step"),
                what,
                parallelism,
                new Samples(engine).median(),
                new Samples(flush).median(),
                load);
        return new Figure(name, samples.median(), "ms/step", target, details);
    }
}
