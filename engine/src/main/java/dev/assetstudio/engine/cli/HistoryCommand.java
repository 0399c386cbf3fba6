package dev.assetstudio.engine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.history.HistoryReader;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.text.Durations;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code history KEY [--limit N] [--json]}: an asset's materializations and runs, newest first. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Shows an asset's materializations (newest first) and the latest runs that touched it.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Parameters(paramLabel = "KEY", description = "The asset key, e.g. sugaryCereals or warehouse/shelfPlacement.")
    String key;

    @Option(
            names = {"-n", "--limit"},
            paramLabel = "N",
            defaultValue = "20",
            description = "At most this many materializations and runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "A JSON object, for scripts.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new CliException("--limit must be at least 1, got " + limit);
        }
        try (Project project = cli.openProject()) {
            AssetKey assetKey = Keys.known(project, key);
            HistoryReader history = project.history();
            List<Materialization> materializations = history.materializations(assetKey, 0, limit);
            long count = history.countMaterializations(assetKey);
            List<RunRecord> runs = history.runsForAsset(assetKey, limit);
            if (json) {
                ObjectNode o = Format.JSON.createObjectNode();
                o.put("key", assetKey.toString());
                o.put("materializationCount", count);
                ArrayNode ms = o.putArray("materializations");
                for (Materialization m : materializations) {
                    ObjectNode mo = ms.addObject();
                    mo.put("time", Format.iso(m.timestamp()));
                    mo.put("runId", m.runId());
                    mo.put("partition", m.partition());
                    mo.put("durationMillis", m.duration().toMillis());
                    mo.put("codeVersion", m.codeVersion());
                    mo.set("metadata", Format.JSON.valueToTree(m.metadata()));
                }
                o.set("runs", RunsCommand.json(runs));
                cli.console().out().println(Format.JSON.writeValueAsString(o));
                return AssetStudioCli.EXIT_OK;
            }
            PrintStream out = cli.console().out();
            if (materializations.isEmpty()) {
                out.println(assetKey + " was never materialized.");
            } else {
                out.println(assetKey + ": " + count + (count == 1 ? " materialization" : " materializations")
                        + (count > materializations.size() ? " (newest " + materializations.size() + " shown)" : ""));
                Format.Table table = new Format.Table("TIME", "RUN", "PARTITION", "DURATION", "METADATA");
                for (Materialization m : materializations) {
                    table.row(
                            Format.time(m.timestamp()),
                            m.runId(),
                            m.partition() == null ? "-" : m.partition(),
                            Durations.format(m.duration()),
                            Format.metadata(m.metadata()));
                }
                out.print(table.render());
            }
            if (!runs.isEmpty()) {
                out.println();
                out.println("Latest runs touching " + assetKey + ":");
                out.print(RunsCommand.table(runs).render());
            }
        }
        return AssetStudioCli.EXIT_OK;
    }
}
