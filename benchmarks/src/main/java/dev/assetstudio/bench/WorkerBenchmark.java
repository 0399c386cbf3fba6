package dev.assetstudio.bench;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.project.ExampleProject;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.model.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The worker process. {@code run.overhead.worker.N}: as {@code run.overhead.N} (N no-op spec
 * assets, in-memory {@code io_manager}, history written and flushed), with every step sent to the
 * project's worker process and its outcome streamed back; (run + flush) / N, next to the
 * in-process figure measured on the same jar. {@code worker.start}: {@code Project.open} of the
 * cereal example in a worker — a new JVM to the definitions loaded and described.
 */
final class WorkerBenchmark implements Benchmark {
    static final double TARGET_MS_PER_STEP = 1.0;
    static final double TARGET_START_MS = 1500;

    @Override
    public String id() {
        return "worker";
    }

    @Override
    public String description() {
        return "worker process: per-step overhead of N no-op steps through it (history written), and a new worker"
                + " to the cereal example's definitions loaded";
    }

    @Override
    public List<Figure> run(BenchContext ctx) {
        int n = ctx.sizes().runAssets();
        SyntheticDag dag = SyntheticDag.layered(n, LoadBenchmark.layersFor(n), LoadBenchmark.groupsFor(n), 1);
        Path jar = ctx.jars().provider(dag, AssetJars.Io.MEMORY, null);
        List<Figure> figures = new ArrayList<>();
        Repetitions reps = ctx.reps(1, 5, 1, 2);
        double[] inProcess = perStep(ctx, jar, n, Execution.IN_PROCESS, reps);
        double[] worker = perStep(ctx, jar, n, Execution.WORKER, reps);
        Samples w = new Samples(worker);
        Samples p = new Samples(inProcess);
        figures.add(new Figure(
                "run.overhead.worker." + n,
                w.median(),
                "ms/step",
                TARGET_MS_PER_STEP,
                String.format(
                        Locale.ROOT,
                        "%s; in process on the same jar %.3f ms/step (worker/in-process %.1fx); %s",
                        w.summary("ms/step"),
                        p.median(),
                        w.median() / p.median(),
                        MachineLoad.describe())));
        figures.add(start(ctx));
        return figures;
    }

    private static double[] perStep(BenchContext ctx, Path jar, int n, Execution execution, Repetitions reps) {
        Path home = ctx.scratch("worker-run-home");
        double[] perStep = new double[reps.runs()];
        ProjectOptions options =
                ProjectOptions.builder().home(home).execution(execution).build();
        try (Project project = Project.open(jar, options)) {
            project.historyStore().flush();
            for (int i = -reps.warmups(); i < reps.runs(); i++) {
                Timer t = new Timer();
                RunResult result = project.materialize(AssetSelection.all());
                project.historyStore().flush();
                double totalMs = t.wallMillis();
                if (result.runStatus() != RunStatus.SUCCEEDED
                        || result.statuses().size() != n) {
                    throw new IllegalStateException("run.overhead.worker: run " + result.runStatus() + " with "
                            + result.statuses().size() + " steps, failures " + result.failures());
                }
                long recorded = project.history().countMaterializations(AssetKey.of("n" + (n - 1)));
                if (recorded != i + reps.warmups() + 1) {
                    throw new IllegalStateException("run.overhead.worker: history holds " + recorded
                            + " materializations after " + (i + reps.warmups() + 1) + " runs");
                }
                if (i >= 0) {
                    perStep[i] = totalMs / n;
                }
            }
        } finally {
            TempDirs.delete(home);
        }
        return perStep;
    }

    private static Figure start(BenchContext ctx) {
        Path home = ctx.scratch("worker-start-home");
        Repetitions reps = ctx.reps(1, 7, 0, 2);
        double[] millis = new double[reps.runs()];
        int assets = 0;
        try {
            Path jar = ExampleProject.extract(home)
                    .orElseThrow(() -> new IllegalStateException("the cereal example is not bundled in the app"));
            ProjectOptions options = ProjectOptions.builder()
                    .home(home)
                    .execution(Execution.WORKER)
                    .build();
            for (int i = -reps.warmups(); i < reps.runs(); i++) {
                Timer t = new Timer();
                try (Project project = Project.open(jar, options)) {
                    double ms = t.wallMillis();
                    assets = project.assetKeys().size();
                    if (i >= 0) {
                        millis[i] = ms;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempDirs.delete(home);
        }
        Samples s = new Samples(millis);
        return new Figure(
                "worker.start",
                s.median(),
                "ms",
                TARGET_START_MS,
                String.format(
                        Locale.ROOT,
                        "%s; Project.open of the cereal example (%d assets) in a new worker JVM, history opened; %s",
                        s.summary("ms"),
                        assets,
                        MachineLoad.describe()));
    }
}
