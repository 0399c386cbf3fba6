package dev.assetstudio.engine.cli;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.history.HistoryReader;
import dev.assetstudio.engine.history.LogLineRecord;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.history.StepAttempts;
import dev.assetstudio.engine.history.StepEventRecord;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.StepEventType;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code logs RUN_ID [--asset KEY]}: a header with the run's status, selection, partitions and config,
 * then its step events and log lines in time order. Needs no jar.
 */
@Command(
        name = "logs",
        mixinStandardHelpOptions = true,
        description = "Shows a run's status, selection, partitions and config, then its step events and log lines in"
                + " time order (reads the history only; no jar needed).")
final class LogsCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Parameters(
            paramLabel = "RUN_ID",
            description = "The run: its id as shown by 'runs' or 'materialize', its short id, or any unique prefix.")
    String runId;

    @Option(names = "--asset", paramLabel = "KEY", description = "Only the steps of this asset.")
    String asset;

    private record Line(Instant time, long order, String text) {}

    @Override
    public Integer call() {
        Optional<HistoryAccess> access = HistoryAccess.open(cli);
        if (access.isEmpty()) {
            throw new CliException("no run " + runId + ": there is no history yet at "
                    + cli.projectOptions().historyDatabase());
        }
        try (HistoryAccess h = access.get()) {
            HistoryReader history = h.reader();
            String runId = history.resolveRunId(this.runId)
                    .orElseThrow(() -> new CliException(
                            "no run " + this.runId + " in " + h.database() + " (see 'asset-studio runs')"));
            AssetKey key = null;
            if (asset != null) {
                try {
                    key = AssetKey.parse(asset.strip());
                } catch (IllegalArgumentException e) {
                    throw new CliException("'" + asset + "' is not an asset key: " + e.getMessage());
                }
            }
            List<Line> lines = new ArrayList<>();
            Map<StepKey, StepAttempts> attempts = new HashMap<>();
            for (StepEventRecord e : history.stepEvents(runId)) {
                if (key == null || key.equals(e.assetKey())) {
                    String message = e.message() == null ? null : Format.firstLine(e.message());
                    if (e.type() == StepEventType.RETRIED) {
                        // numbered as the studio numbers them: "STEP_RETRIED a: attempt 2 (attempt 1 lost: …)"
                        StepAttempts now = attempts.getOrDefault(
                                        StepKey.of(e.assetKey(), e.partition()), StepAttempts.FIRST)
                                .retried(e.message());
                        attempts.put(StepKey.of(e.assetKey(), e.partition()), now);
                        message = StepAttempts.retryWords(now.count(), message);
                    }
                    lines.add(new Line(
                            e.time(),
                            lines.size(),
                            e.type().storedName() + " " + step(e.assetKey(), e.partition())
                                    + (message == null ? "" : ": " + message)));
                }
            }
            List<LogLineRecord> logs = key == null ? history.logLines(runId) : history.logLines(runId, key);
            for (LogLineRecord l : logs) {
                lines.add(new Line(
                        l.time(),
                        lines.size(),
                        l.level() + " " + (l.assetKey() == null ? "" : "[" + step(l.assetKey(), l.partition()) + "] ")
                                + l.message()));
            }
            lines.sort(Comparator.comparing(Line::time).thenComparingLong(Line::order));
            PrintStream out = cli.console().out();
            history.run(runId).ifPresent(run -> header(run, out));
            for (Line line : lines) {
                out.println(Format.time(line.time()) + "  " + line.text());
            }
        }
        return AssetStudioCli.EXIT_OK;
    }

    /** Run id, status, selection, partitions and config: what the run was asked to do. */
    static void header(RunRecord run, PrintStream out) {
        out.println("run        " + run.runId() + "  " + run.status().name().toLowerCase(java.util.Locale.ROOT));
        out.println("selection  " + (run.selection() == null ? "" : run.selection()));
        out.println("ran on     " + run.executorWords());
        out.println("partitions " + run.partitionWords());
        out.println("config     " + run.configWords());
        out.println();
    }

    private static String step(AssetKey key, String partition) {
        return partition == null ? String.valueOf(key) : key + "[" + partition + "]";
    }
}
