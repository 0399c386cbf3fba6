package dev.assetstudio.bench;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.cluster.StepTimings;
import dev.assetstudio.engine.model.RunStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cluster of local worker members (each its own JVM on loopback, {@value #THREADS} steps at once).
 * {@code cluster.makespan.ratio.wK}: the makespan DAG (sleeping assets, values in files on the shared
 * storage path) on K = 1, 2, 3 workers, divided by the ideal greedy list schedule on K × {@value
 * #THREADS} slots. {@code run.overhead.cluster.N}: N no-op steps through the 3 workers, (run + history
 * flush) / N, next to the in-process and worker-process figures on the same jar.
 *
 * <p>Each makespan figure says where the time went, in figures that hold on a busy machine: the
 * CPU each step cost the coordinator and the workers (a sleep-bound DAG is CPU-bound once that
 * times the steps exceeds the cores times the ideal makespan), the {@link StepBreakdown} of a
 * middle run (each leg of an attempt, the hand-off gap between an input ending on a worker and
 * its step starting on one) and the chain of steps that decided the makespan. Set {@code
 * -Dbench.worker.opts=...} (in {@code BENCH_JAVA_OPTS}; {@code {i}} becomes the worker's number)
 * to pass options to the worker JVMs, e.g. a flight recording.
 */
final class ClusterBenchmark implements Benchmark {
    static final double TARGET_RATIO = 1.15;
    /** Steps each worker runs at once. */
    static final int THREADS = 4;

    private static final int WORKERS = 3;
    /** No-op steps of the overhead figure: a cluster run of the 10,000 of run.overhead would take minutes. */
    private static final int OVERHEAD_STEPS = 1000;

    @Override
    public String id() {
        return "cluster";
    }

    @Override
    public String description() {
        return "cluster of local workers: sleep-bound DAG makespan on 1, 2, 3 workers / list schedule, and per-step"
                + " overhead of no-op steps (next to in-process and worker process)";
    }

    @Override
    public List<Figure> run(BenchContext ctx) {
        List<Figure> figures = new ArrayList<>();
        Path dir = ctx.scratch("cluster");
        try (LocalCluster cluster = new LocalCluster(WORKERS, THREADS, dir)) {
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
            Path jar = ctx.jars().provider(dag, AssetJars.Io.FILESYSTEM, null);
            for (int k = 1; k <= WORKERS; k++) {
                cluster.addWorker();
                figures.add(makespan(ctx, cluster, k, jar, dag, durations, total));
            }
            figures.add(overhead(ctx, cluster.settings));
        } finally {
            TempDirs.delete(dir);
        }
        return figures;
    }

    private static Figure makespan(
            BenchContext ctx,
            LocalCluster local,
            int workers,
            Path jar,
            SyntheticDag dag,
            double[] durations,
            double totalSleep) {
        ClusterSettings cluster = local.settings;
        int slots = workers * THREADS;
        double bound = ListSchedule.makespan(dag, durations, slots);
        Repetitions reps = ctx.reps(1, 5, 1, 3);
        double[] ratios = new double[reps.runs()];
        double[] actual = new double[reps.runs()];
        double[] handOffs = new double[reps.runs()];
        double[] coordinatorCpu = new double[reps.runs()];
        double[] workersCpu = new double[reps.runs()];
        String breakdown = "";
        String load = MachineLoad.describe();
        Path home = ctx.scratch("cluster-makespan-home");
        // the coordinator's default parallelism, as a user gets it: the slots are the workers' threads,
        // and a step that waits for one waits in the coordinator's queue of claims, not in its thread pool
        ProjectOptions options = ProjectOptions.builder()
                .home(home)
                .execution(Execution.CLUSTER)
                .cluster(cluster)
                .build();
        try (Project project = Project.open(jar, options)) {
            StepTimings timings = project.cluster().orElseThrow().timings();
            int seen = project.cluster().orElseThrow().workers().size();
            if (seen != workers) {
                throw new IllegalStateException(
                        "cluster.makespan: the coordinator sees " + seen + " workers, not " + workers);
            }
            for (int i = -reps.warmups(); i < reps.runs(); i++) {
                timings.clear();
                double coordinatorBefore = MachineLoad.processCpuMillis();
                double workersBefore = local.workersCpuMillis();
                Timer t = new Timer();
                RunResult result = project.materialize(AssetSelection.all());
                double ms = t.wallMillis();
                double coordinatorUsed = MachineLoad.processCpuMillis() - coordinatorBefore;
                double workersUsed = local.workersCpuMillis() - workersBefore;
                if (result.runStatus() != RunStatus.SUCCEEDED) {
                    throw new IllegalStateException(
                            "cluster.makespan run " + result.runStatus() + ": " + result.failures());
                }
                if (i >= 0) {
                    actual[i] = ms;
                    ratios[i] = ms / bound;
                    StepBreakdown steps = StepBreakdown.of(timings.snapshot(), dag, slots);
                    handOffs[i] = steps.handOffMillis();
                    coordinatorCpu[i] = coordinatorUsed / dag.size();
                    workersCpu[i] = workersUsed / dag.size();
                    if (i == reps.runs() / 2) {
                        breakdown = steps.describe();
                    }
                }
            }
        } finally {
            TempDirs.delete(home);
        }
        Samples samples = new Samples(ratios);
        return new Figure(
                "cluster.makespan.ratio.w" + workers,
                samples.median(),
                "x",
                TARGET_RATIO,
                String.format(
                        Locale.ROOT,
                        "%s; %d worker(s) x %d threads = %d slots (coordinator parallelism %d); %d assets, total sleep %.0f ms, values in files;"
                                + " actual median %.0f ms vs list schedule %.0f ms; hand-off gap median of runs %.1f ms;"
                                + " CPU per step: coordinator %.2f ms, workers %.2f ms (%.2f cores busy over the run);"
                                + " a middle run: %s; %s",
                        samples.summary("x"),
                        workers,
                        THREADS,
                        slots,
                        options.parallelism(),
                        dag.size(),
                        totalSleep,
                        new Samples(actual).median(),
                        bound,
                        new Samples(handOffs).median(),
                        new Samples(coordinatorCpu).median(),
                        new Samples(workersCpu).median(),
                        (new Samples(coordinatorCpu).median() + new Samples(workersCpu).median())
                                * dag.size()
                                / new Samples(actual).median(),
                        breakdown,
                        load));
    }

    private static Figure overhead(BenchContext ctx, ClusterSettings cluster) {
        int n = Math.min(OVERHEAD_STEPS, ctx.sizes().runAssets());
        SyntheticDag dag = SyntheticDag.layered(n, LoadBenchmark.layersFor(n), LoadBenchmark.groupsFor(n), 1);
        // values in files: a cluster refuses in-memory values, and the other two pay the same writes
        Path jar = ctx.jars().provider(dag, AssetJars.Io.FILESYSTEM, null);
        Repetitions reps = ctx.reps(1, 5, 1, 2);
        Samples inProcess = new Samples(perStep(ctx, jar, n, Execution.IN_PROCESS, null, reps));
        Samples worker = new Samples(perStep(ctx, jar, n, Execution.WORKER, null, reps));
        Samples onCluster = new Samples(perStep(ctx, jar, n, Execution.CLUSTER, cluster, reps));
        return new Figure(
                "run.overhead.cluster." + n,
                onCluster.median(),
                "ms/step",
                Double.NaN,
                String.format(
                        Locale.ROOT,
                        "%s; %d workers x %d threads, coordinator parallelism %d (in process and worker process: %d);"
                                + " same jar (values in files):"
                                + " in process %.3f ms/step, worker process %.3f ms/step (cluster/in-process %.1fx,"
                                + " cluster/worker %.1fx); %s",
                        onCluster.summary("ms/step"),
                        WORKERS,
                        THREADS,
                        ProjectOptions.builder()
                                .execution(Execution.CLUSTER)
                                .cluster(cluster)
                                .build()
                                .parallelism(),
                        Runtime.getRuntime().availableProcessors(),
                        inProcess.median(),
                        worker.median(),
                        onCluster.median() / inProcess.median(),
                        onCluster.median() / worker.median(),
                        MachineLoad.describe()));
    }

    private static double[] perStep(
            BenchContext ctx, Path jar, int n, Execution execution, ClusterSettings cluster, Repetitions reps) {
        Path home = ctx.scratch("cluster-overhead-home");
        double[] perStep = new double[reps.runs()];
        ProjectOptions.Builder options = ProjectOptions.builder().home(home).execution(execution);
        if (cluster != null) {
            options.cluster(cluster);
        }
        try (Project project = Project.open(jar, options.build())) {
            project.historyStore().flush();
            for (int i = -reps.warmups(); i < reps.runs(); i++) {
                Timer t = new Timer();
                RunResult result = project.materialize(AssetSelection.all());
                project.historyStore().flush();
                double totalMs = t.wallMillis();
                if (result.runStatus() != RunStatus.SUCCEEDED
                        || result.statuses().size() != n) {
                    throw new IllegalStateException("run.overhead.cluster (" + execution + "): run "
                            + result.runStatus() + " with " + result.statuses().size() + " steps, failures "
                            + result.failures());
                }
                long recorded = project.history().countMaterializations(AssetKey.of("n" + (n - 1)));
                if (recorded != i + reps.warmups() + 1) {
                    throw new IllegalStateException("run.overhead.cluster (" + execution + "): history holds "
                            + recorded + " materializations after " + (i + reps.warmups() + 1) + " runs");
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
}
