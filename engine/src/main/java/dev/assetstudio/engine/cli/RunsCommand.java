package dev.assetstudio.engine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.text.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code runs [--limit N] [--json]}: the recent runs, newest first. Needs no jar. */
@Command(
        name = "runs",
        mixinStandardHelpOptions = true,
        description = "Lists recent runs, newest first, with their status (reads the history only; no jar needed).")
final class RunsCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Option(
            names = {"-n", "--limit"},
            paramLabel = "N",
            defaultValue = "20",
            description = "At most this many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "A JSON array, for scripts.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new CliException("--limit must be at least 1, got " + limit);
        }
        Optional<HistoryAccess> access = HistoryAccess.open(cli);
        List<RunRecord> runs;
        if (access.isEmpty()) {
            runs = List.of();
        } else {
            try (HistoryAccess h = access.get()) {
                runs = h.reader().runs(0, limit);
            }
        }
        if (json) {
            cli.console().out().println(Format.JSON.writeValueAsString(json(runs)));
        } else if (runs.isEmpty()) {
            cli.console().out().println("No runs yet.");
        } else {
            cli.console().out().print(table(runs).render());
        }
        return AssetStudioCli.EXIT_OK;
    }

    static Format.Table table(List<RunRecord> runs) {
        Format.Table table =
                new Format.Table("RUN", "STATUS", "STARTED", "DURATION", "STEPS", "ON", "PARTITIONS", "SELECTION");
        for (RunRecord r : runs) {
            table.row(
                    r.runId(),
                    r.status(),
                    Format.time(r.startedAt()),
                    r.finishedAt() == null ? "-" : Durations.format(Duration.between(r.startedAt(), r.finishedAt())),
                    r.stepCount(),
                    r.executor() == null ? "-" : r.executorWords(),
                    r.knowsPlannedSteps() ? r.partitionWords() : "-",
                    r.selection() == null ? "" : r.selection());
        }
        return table;
    }

    static ArrayNode json(List<RunRecord> runs) {
        ArrayNode array = Format.JSON.createArrayNode();
        for (RunRecord r : runs) {
            ObjectNode o = array.addObject();
            o.put("runId", r.runId());
            o.put("status", r.status().name());
            o.put("selection", r.selection());
            o.put("startedAt", Format.iso(r.startedAt()));
            o.put("finishedAt", Format.iso(r.finishedAt()));
            o.put("stepCount", r.stepCount());
            o.put("executor", r.executor());
            ObjectNode config = o.putObject("config");
            r.config().forEach((k, fields) -> config.set(k.toString(), Format.JSON.valueToTree(fields)));
            ObjectNode partitions = o.putObject("partitions");
            r.partitions().forEach((k, keys) -> partitions.set(k.toString(), Format.JSON.valueToTree(keys)));
        }
        return array;
    }
}
