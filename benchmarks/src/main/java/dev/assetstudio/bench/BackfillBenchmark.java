package dev.assetstudio.bench;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.model.RunStatus;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code backfill.N}: one run materializing N hourly partitions (from 2024-01-01-00:00) of a no-op
 * asset, through {@code Project.materialize(selection, partitionRange(first, last))}, history
 * written and flushed; {@code InMemoryIOManager} as {@code io_manager}.
 */
final class BackfillBenchmark implements Benchmark {
    static final double TARGET_S = 5;
    private static final LocalDateTime START = LocalDateTime.parse("2024-01-01T00:00");
    private static final DateTimeFormatter HOURLY_KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH:mm", Locale.ROOT);

    @Override
    public String id() {
        return "backfill";
    }

    @Override
    public String description() {
        return "one run backfilling N hourly partitions of a no-op asset, with SQLite history";
    }

    @Override
    public List<Figure> run(BenchContext ctx) {
        int n = ctx.sizes().backfillPartitions();
        SyntheticDag dag = SyntheticDag.random(1, 1, 1, 0, 0, 1);
        Path jar = ctx.jars().provider(dag, AssetJars.Io.MEMORY, START.toString());
        String first = HOURLY_KEY.format(START);
        String last = HOURLY_KEY.format(START.plusHours(n - 1L));
        AssetSelection selection = AssetSelection.keys(AssetKey.of(dag.key(0)));
        RunRequest request = RunRequest.builder().partitionRange(first, last).build();
        Repetitions reps = ctx.reps(1, 3, 0, 1);
        double[] seconds = new double[reps.runs()];
        double[] runMs = new double[reps.runs()];
        double planMs;
        int parallelism;
        String load = MachineLoad.describe();
        Path home = ctx.scratch("backfill-home");
        try (Project project =
                Project.open(jar, ProjectOptions.builder().home(home).build())) {
            parallelism = project.options().parallelism();
            project.historyStore().flush();
            Timer plan = new Timer();
            List<String> problems = project.validate(selection, request);
            planMs = plan.wallMillis();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("backfill " + first + "..." + last + " does not plan: " + problems);
            }
            for (int i = -reps.warmups(); i < reps.runs(); i++) {
                Timer t = new Timer();
                RunResult result = project.materialize(selection, request);
                double ms = t.wallMillis();
                project.historyStore().flush();
                double total = t.wallMillis();
                if (result.runStatus() != RunStatus.SUCCEEDED
                        || result.statuses().size() != n) {
                    throw new IllegalStateException("backfill run " + result.runStatus() + " with "
                            + result.statuses().size() + " steps: " + result.failures());
                }
                long recorded = project.history().countMaterializations(AssetKey.of(dag.key(0)));
                if (recorded != (long) n * (i + reps.warmups() + 1)) {
                    throw new IllegalStateException("history holds " + recorded + " materializations after "
                            + (i + reps.warmups() + 1) + " backfills of " + n);
                }
                if (i >= 0) {
                    seconds[i] = total / 1000;
                    runMs[i] = ms;
                }
            }
        } finally {
            TempDirs.delete(home);
        }
        Samples samples = new Samples(seconds);
        String details = String.format(
                Locale.ROOT,
                "%s; %s...%s, %d threads; planning alone (validate) %.0f ms; median run %.0f ms, the rest is the"
                        + " history flush; %.3f ms/partition; %s",
                samples.summary("s"),
                first,
                last,
                parallelism,
                planMs,
                new Samples(runMs).median(),
                samples.median() * 1000 / n,
                load);
        return List.of(new Figure("backfill." + n, samples.median(), "s", TARGET_S, details));
    }
}
