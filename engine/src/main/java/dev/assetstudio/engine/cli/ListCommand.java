package dev.assetstudio.engine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code list [--group G] [--json]}: the assets with their group, partitions and status. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the assets: key, group, partitions, status (missing, fresh, stale, failed, running,"
                + " partially materialized, not materialized in its last run) and last materialization.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Option(names = "--group", paramLabel = "G", description = "Only the assets of this group.")
    String group;

    @Option(names = "--json", description = "A JSON array, for scripts.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Project project = cli.openProject()) {
            List<AssetDefinition> assets = project.assets().stream()
                    .filter(a -> group == null || a.group().equals(group))
                    .toList();
            if (group != null && assets.isEmpty()) {
                throw new CliException("no group " + group + " (groups: "
                        + String.join(", ", project.groups().keySet()) + ")");
            }
            Map<AssetKey, AssetStatus> statuses = project.statuses();
            Map<AssetKey, Materialization> latest = project.history().latestMaterializations();
            if (json) {
                printJson(assets, statuses, latest);
            } else {
                printTable(assets, statuses, latest);
            }
        }
        return AssetStudioCli.EXIT_OK;
    }

    private void printTable(
            List<AssetDefinition> assets, Map<AssetKey, AssetStatus> statuses, Map<AssetKey, Materialization> latest) {
        Format.Table table = new Format.Table("KEY", "GROUP", "PARTITIONS", "STATUS", "LAST MATERIALIZED", "REASON");
        for (AssetDefinition a : assets) {
            AssetStatus s = statuses.get(a.key());
            Materialization m = latest.get(a.key());
            boolean showReason = s.state() != AssetStatus.State.FRESH && s.state() != AssetStatus.State.SOURCE;
            table.row(
                    a.key(),
                    a.group(),
                    partitions(a, s),
                    s.words(),
                    m == null ? "-" : Format.time(m.timestamp()),
                    showReason ? s.reason() : "");
        }
        cli.console().out().print(table.render());
    }

    /** {@code daily 3/14}: kind, partitions materialized, partitions defined. */
    private static String partitions(AssetDefinition a, AssetStatus status) {
        if (a.partitions().isEmpty() || status.partitions() == null) {
            return "-";
        }
        AssetStatus.PartitionCounts counts = status.partitions();
        return kind(a.partitions().get()) + " " + counts.materialized() + "/" + counts.total();
    }

    private static String kind(PartitionsDefinition p) {
        return p.isTimeBased() ? p.describe().split(" ", 2)[0] : "static";
    }

    private void printJson(
            List<AssetDefinition> assets, Map<AssetKey, AssetStatus> statuses, Map<AssetKey, Materialization> latest)
            throws Exception {
        ArrayNode array = Format.JSON.createArrayNode();
        for (AssetDefinition a : assets) {
            ObjectNode o = array.addObject();
            o.put("key", a.key().toString());
            o.put("group", a.group());
            o.put("description", a.description());
            o.put("source", a.source());
            ArrayNode upstream = o.putArray("upstream");
            a.upstreamKeys().forEach(k -> upstream.add(k.toString()));
            if (a.partitions().isPresent()) {
                PartitionsDefinition p = a.partitions().get();
                ObjectNode po = o.putObject("partitions");
                po.put("kind", kind(p));
                po.put("description", p.describe());
                AssetStatus.PartitionCounts counts = statuses.get(a.key()).partitions();
                po.put("count", counts == null ? p.keys().size() : counts.total());
                po.put("materialized", counts == null ? 0 : counts.materialized());
                po.put("failed", counts == null ? 0 : counts.failed());
            } else {
                o.putNull("partitions");
            }
            AssetStatus s = statuses.get(a.key());
            o.put("status", s.state().name());
            o.put("statusWords", s.words());
            o.put("reason", s.reason());
            Materialization m = latest.get(a.key());
            if (m == null) {
                o.putNull("lastMaterialization");
            } else {
                ObjectNode mo = o.putObject("lastMaterialization");
                mo.put("time", Format.iso(m.timestamp()));
                mo.put("runId", m.runId());
                mo.put("partition", m.partition());
                mo.set("metadata", Format.JSON.valueToTree(m.metadata()));
            }
        }
        cli.console().out().println(Format.JSON.writeValueAsString(array));
    }
}
