package dev.assetstudio.engine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.CheckDefinition;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code checks KEY [--json]}: the latest result of each of an asset's checks, with its metadata. */
@Command(
        name = "checks",
        mixinStandardHelpOptions = true,
        description = "Shows each check of an asset with its latest result, severity and metadata.")
final class ChecksCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Parameters(paramLabel = "KEY", description = "The asset key, e.g. orders or warehouse/shelfPlacement.")
    String key;

    @Option(names = "--json", description = "A JSON object, for scripts.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Project project = cli.openProject()) {
            AssetKey assetKey = Keys.known(project, key);
            AssetDefinition asset = project.asset(assetKey);
            Map<String, AssetCheckEvaluation> latest = project.history().latestCheckEvaluations(assetKey);
            PrintStream out = cli.console().out();
            if (json) {
                ObjectNode o = Format.JSON.createObjectNode();
                o.put("key", assetKey.toString());
                o.put("health", project.health(assetKey).state().name());
                ArrayNode checks = o.putArray("checks");
                for (CheckDefinition c : asset.checks()) {
                    ObjectNode co = checks.addObject();
                    co.put("name", c.name());
                    co.put("description", c.description());
                    co.put("blocking", c.blocking());
                    AssetCheckEvaluation e = latest.get(c.name());
                    if (e == null) {
                        co.putNull("latest");
                    } else {
                        ObjectNode lo = co.putObject("latest");
                        lo.put("passed", e.passed());
                        lo.put("severity", e.severity().name());
                        lo.put("time", Format.iso(e.time()));
                        lo.put("runId", e.runId());
                        lo.put("partition", e.partition());
                        lo.put("description", e.description());
                        lo.set("metadata", Format.JSON.valueToTree(e.metadata()));
                    }
                }
                out.println(Format.JSON.writeValueAsString(o));
                return AssetStudioCli.EXIT_OK;
            }
            if (asset.checks().isEmpty()) {
                out.println(assetKey + " has no checks.");
                return AssetStudioCli.EXIT_OK;
            }
            Format.Table table = new Format.Table(
                    "CHECK", "BLOCKING", "RESULT", "SEVERITY", "WHEN", "RUN", "METADATA", "DESCRIPTION");
            for (CheckDefinition c : asset.checks()) {
                AssetCheckEvaluation e = latest.get(c.name());
                table.row(
                        c.name(),
                        c.blocking() ? "yes" : "no",
                        e == null ? "never run" : e.passed() ? "passed" : "FAILED",
                        e == null ? "-" : e.severity(),
                        e == null ? "-" : Format.time(e.time()),
                        e == null ? "-" : e.runId() + (e.partition() == null ? "" : " [" + e.partition() + "]"),
                        e == null ? "" : Format.metadata(e.metadata()),
                        e == null || e.description().isBlank() ? c.description() : e.description());
            }
            out.print(table.render());
        }
        return AssetStudioCli.EXIT_OK;
    }
}
