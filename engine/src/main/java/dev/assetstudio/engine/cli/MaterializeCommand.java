package dev.assetstudio.engine.cli;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.CheckStatus;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillHandle;
import dev.assetstudio.engine.backfill.BackfillOrigin;
import dev.assetstudio.engine.backfill.BackfillProgress;
import dev.assetstudio.engine.backfill.BackfillRequest;
import dev.assetstudio.engine.backfill.BackfillStatus;
import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.graph.KeySuggestions;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.text.Durations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code materialize --select SEL [--config JSON | --config-file F] [--partition K |
 * --partition-range FROM..TO] [--verbose]}: runs, shows progress on stderr, prints a summary.
 */
@Command(
        name = "materialize",
        mixinStandardHelpOptions = true,
        description = "Materializes the selected assets and waits for the run to end. Partitioned assets without"
                + " --partition or --partition-range are backfilled over all their partitions (see 'backfills')."
                + " Ctrl+C cancels.")
final class MaterializeCommand implements Callable<Integer> {
    private static final Duration CANCEL_GRACE = Duration.ofSeconds(10);

    @ParentCommand
    AssetStudioCli cli;

    @Option(
            names = {"-s", "--select"},
            required = true,
            paramLabel = "SEL",
            description = "Assets to materialize: key, a/b/c, *key (and upstream), key* (and downstream),"
                    + " +key / key+ (one level), group:name, * (all); comma-separated.")
    String select;

    @ArgGroup(exclusive = true)
    ConfigSource config;

    @ArgGroup(exclusive = true)
    Partitions partitions;

    @Option(
            names = {"-v", "--verbose"},
            description = "Also show the log lines of the steps.")
    boolean verbose;

    @Option(
            names = "--cluster",
            paramLabel = "NAME",
            description = "Run the steps on the workers of this Hazelcast cluster (see `cluster local`, `worker`).")
    String cluster;

    @Option(
            names = "--join",
            paramLabel = "HOST:PORT[,...]",
            description = "Where to reach the --cluster (default: 127.0.0.1:5701,127.0.0.1:5702,127.0.0.1:5703).")
    String join;

    static final class ConfigSource {
        @Option(
                names = "--config",
                paramLabel = "JSON",
                description = "Config by asset key, e.g. {\"lowSugarCereals\": {\"maxSugars\": 6}}.")
        String json;

        @Option(names = "--config-file", paramLabel = "FILE", description = "Like --config, read from a file.")
        Path file;
    }

    static final class Partitions {
        @Option(names = "--partition", paramLabel = "KEY", description = "Materialize this partition.")
        String key;

        @Option(
                names = "--partition-range",
                paramLabel = "FROM..TO",
                description = "Materialize these partitions, both ends included (a backfill).")
        String range;
    }

    /** Counted down once the project is closed (history flushed), which a Ctrl+C hook waits for. */
    private final CountDownLatch closed = new CountDownLatch(1);

    private Thread hook;

    @Override
    public Integer call() {
        AssetSelection selection = AssetSelection.parse(select);
        try {
            try (Project project = cli.openProject(clusterSettings())) {
                RunRequest request = request(project);
                // unknown keys and empty selections, before anything runs
                Set<AssetKey> keys = project.select(selection);
                if (partitions == null && anyPartitioned(project, keys)) {
                    return backfill(project, selection, request);
                }
                return run(project, selection, request);
            }
        } finally {
            closed.countDown();
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl+C: the hook is running and waits for `closed`
                }
            }
        }
    }

    private ClusterSettings clusterSettings() {
        if (cluster == null) {
            if (join != null) {
                throw new CliException("--join needs --cluster NAME");
            }
            return null;
        }
        try {
            return join == null ? ClusterSettings.local(cluster) : ClusterSettings.of(cluster, join);
        } catch (IllegalArgumentException e) {
            throw new CliException("--join: " + e.getMessage());
        }
    }

    private static boolean anyPartitioned(Project project, Set<AssetKey> keys) {
        return keys.stream()
                .map(project::asset)
                .anyMatch(a -> !a.source() && a.partitions().isPresent());
    }

    /**
     * Partitioned assets and no {@code --partition}: a backfill over every partition of every selected
     * asset, across partitions definitions and unpartitioned assets.
     */
    private int backfill(Project project, AssetSelection selection, RunRequest request) {
        AssetStudioCli.Console console = cli.console();
        Format.Symbols symbols = Format.Symbols.of(console.unicode());
        ProgressPrinter progress = new ProgressPrinter(console.err(), console.interactive(), verbose, symbols);
        BackfillRequest.Builder b = BackfillRequest.builder(selection).origin(BackfillOrigin.CLI);
        request.config().forEach(b::config);
        BackfillHandle handle;
        try {
            handle = project.launchBackfill(b.build(), progress);
        } catch (RuntimeException e) {
            progress.close();
            throw e;
        }
        if (console.signals()) {
            Duration wait = cancelWait(project);
            hook = cancelOnShutdown(handle::cancel, () -> handle.await(wait), closed, wait);
        }
        Backfill done;
        try {
            done = handle.await();
        } finally {
            progress.close();
        }
        BackfillProgress counts = project.backfillProgress(done.id());
        PrintStream out = console.out();
        out.println("Backfill " + done.id() + " " + done.status().name() + " in "
                + Durations.format(java.time.Duration.between(
                        done.createdAt(), done.finishedAt() == null ? java.time.Instant.now() : done.finishedAt()))
                + ": " + BackfillFormat.targets(counts) + " (" + BackfillFormat.partitions(done) + ")");
        for (Map.Entry<StepKey, ProgressPrinter.Failure> f : progress.failures().entrySet()) {
            out.println(ProgressPrinter.failureLine(symbols, f.getKey(), f.getValue()));
        }
        if (done.status() == BackfillStatus.FAILED || done.status() == BackfillStatus.CANCELED) {
            out.println("Retry the failed and skipped partitions with: asset-studio backfill retry " + done.shortId());
        }
        out.flush();
        return switch (done.status()) {
            case SUCCEEDED -> AssetStudioCli.EXIT_OK;
            case CANCELED, CANCELING -> AssetStudioCli.EXIT_CANCELED;
            default -> AssetStudioCli.EXIT_FAILED;
        };
    }

    private int run(Project project, AssetSelection selection, RunRequest request) {
        AssetStudioCli.Console console = cli.console();
        Format.Symbols symbols = Format.Symbols.of(console.unicode());
        ProgressPrinter progress = new ProgressPrinter(console.err(), console.interactive(), verbose, symbols);
        RunHandle handle;
        try {
            handle = project.submit(selection, request, progress);
        } catch (RuntimeException e) {
            progress.close();
            throw e;
        }
        if (console.signals()) {
            // a step that ignores the cancel is stopped by killing its worker after the grace period
            Duration wait = cancelWait(project);
            hook = cancelOnShutdown(handle::cancel, () -> handle.await(wait), closed, wait);
        }
        RunResult result;
        try {
            result = handle.await();
        } finally {
            progress.close();
        }
        printSummary(console.out(), symbols, result, progress.failures());
        return switch (result.runStatus()) {
            case SUCCEEDED -> AssetStudioCli.EXIT_OK;
            case CANCELED -> AssetStudioCli.EXIT_CANCELED;
            default -> AssetStudioCli.EXIT_FAILED;
        };
    }

    /**
     * Ctrl+C: cancel the run, then wait (briefly) for the main thread to print the summary and close
     * the project, which records CANCELED; the JVM then exits with 130 as for any SIGINT.
     */
    private static Thread cancelOnShutdown(Runnable cancel, Runnable awaitEnd, CountDownLatch done, Duration wait) {
        Thread hook = new Thread(
                () -> {
                    cancel.run();
                    awaitEnd.run();
                    try {
                        done.await(wait.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "asset-studio-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** How long Ctrl+C waits for a run to stop: the worker's cancel grace and a margin, at least the default. */
    private static Duration cancelWait(Project project) {
        Duration grace = project.options().worker().cancelGrace().plus(Duration.ofSeconds(5));
        return grace.compareTo(CANCEL_GRACE) > 0 ? grace : CANCEL_GRACE;
    }

    private RunRequest request(Project project) {
        RunRequest.Builder b = RunRequest.builder();
        if (config != null) {
            String text;
            String source;
            if (config.file != null) {
                source = "--config-file " + config.file;
                try {
                    text = Files.readString(config.file, StandardCharsets.UTF_8);
                } catch (java.nio.file.NoSuchFileException e) {
                    throw new CliException("config file not found: "
                            + config.file.toAbsolutePath().normalize());
                } catch (IOException e) {
                    throw new CliException("cannot read config file " + config.file + ": " + e.getMessage());
                }
            } else {
                source = "--config";
                text = config.json;
            }
            for (Map.Entry<AssetKey, Map<String, Object>> e :
                    ConfigJson.parse(text, source).entrySet()) {
                if (!project.assetKeys().contains(e.getKey())) {
                    throw new CliException(source + " names no asset " + e.getKey()
                            + KeySuggestions.didYouMean(e.getKey(), project.assetKeys()));
                }
                b.config(e.getKey(), e.getValue());
            }
        }
        if (partitions != null && partitions.key != null) {
            b.partitionKey(partitions.key);
        }
        if (partitions != null && partitions.range != null) {
            String r = partitions.range;
            int sep = r.indexOf("...");
            int len = 3;
            if (sep < 0) {
                sep = r.indexOf("..");
                len = 2;
            }
            if (sep <= 0 || sep + len >= r.length()) {
                throw new CliException("--partition-range '" + r + "' is not FROM..TO (e.g. 2024-01-01..2024-01-14)");
            }
            b.partitionRange(r.substring(0, sep).strip(), r.substring(sep + len).strip());
        }
        return b.build();
    }

    static void printSummary(
            PrintStream out, Format.Symbols symbols, RunResult result, Map<StepKey, ProgressPrinter.Failure> seen) {
        Map<StepStatus, Integer> counts = new EnumMap<>(StepStatus.class);
        result.statuses().values().forEach(s -> counts.merge(s, 1, Integer::sum));
        StringBuilder sb = new StringBuilder()
                .append("Run ")
                .append(result.runId())
                .append(' ')
                .append(result.runStatus())
                .append(" in ")
                .append(Durations.format(result.duration()))
                .append(": ")
                .append(result.statuses().size())
                .append(result.statuses().size() == 1 ? " step, " : " steps, ")
                .append(counts.getOrDefault(StepStatus.SUCCEEDED, 0))
                .append(" succeeded, ")
                .append(counts.getOrDefault(StepStatus.FAILED, 0))
                .append(" failed, ")
                .append(counts.getOrDefault(StepStatus.SKIPPED, 0))
                .append(" skipped, ")
                .append(counts.getOrDefault(StepStatus.NOT_MATERIALIZED, 0))
                .append(" not materialized");
        if (counts.containsKey(StepStatus.CANCELED)) {
            sb.append(", ").append(counts.get(StepStatus.CANCELED)).append(" canceled");
        }
        out.println(sb);
        if (!result.checkStatuses().isEmpty()) {
            Map<CheckStatus, Integer> checks = new EnumMap<>(CheckStatus.class);
            result.checkStatuses().values().forEach(s -> checks.merge(s, 1, Integer::sum));
            out.println("Checks: " + checks.getOrDefault(CheckStatus.PASSED, 0) + " passed, "
                    + checks.getOrDefault(CheckStatus.FAILED, 0) + " failed, "
                    + checks.getOrDefault(CheckStatus.SKIPPED, 0) + " skipped");
            result.checkStatuses().forEach((check, status) -> {
                if (status == CheckStatus.FAILED) {
                    out.println("  " + symbols.failed() + " check " + check + " failed");
                }
            });
        }
        for (Map.Entry<StepKey, String> f : result.failures().entrySet()) {
            ProgressPrinter.Failure failure =
                    seen.getOrDefault(f.getKey(), new ProgressPrinter.Failure(null, Format.firstLine(f.getValue())));
            out.println(ProgressPrinter.failureLine(symbols, f.getKey(), failure));
        }
        if (result.runStatus() == RunStatus.CANCELED) {
            out.println("Run " + result.runId() + " was canceled; steps that finished keep their materializations.");
        }
        out.flush();
    }
}
