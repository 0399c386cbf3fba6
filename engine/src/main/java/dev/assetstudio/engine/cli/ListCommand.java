package dev.assetstudio.engine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.graph.AssetStaleness;
import dev.assetstudio.engine.history.PartitionStatus;
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
        description = "Lists the assets: key, group, partitions, status (fresh, stale, missing) and last"
                + " materialization.")
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
            Map<AssetKey, AssetStaleness> staleness = project.staleness();
            Map<AssetKey, Materialization> latest = project.history().latestMaterializations();
            if (json) {
                printJson(project, assets, staleness, latest);
            } else {
                printTable(project, assets, staleness, latest);
            }
        }
        return AssetStudioCli.EXIT_OK;
    }

    private void printTable(
            Project project,
            List<AssetDefinition> assets,
            Map<AssetKey, AssetStaleness> staleness,
            Map<AssetKey, Materialization> latest) {
        Format.Table table = new Format.Table("KEY", "GROUP", "PARTITIONS", "STATUS", "LAST MATERIALIZED", "REASON");
        for (AssetDefinition a : assets) {
            AssetStaleness s = staleness.get(a.key());
            Materialization m = latest.get(a.key());
            boolean showReason = s != null && (s.state() == AssetStaleness.State.STALE);
            table.row(
                    a.key(),
                    a.group(),
                    partitions(project, a),
                    s == null ? "" : s.state().name().toLowerCase(java.util.Locale.ROOT),
                    m == null ? "-" : Format.time(m.timestamp()),
                    showReason ? s.reason() : "");
        }
        cli.console().out().print(table.render());
    }

    /** {@code daily 3/14}: kind, partitions materialized, partitions defined. */
    private static String partitions(Project project, AssetDefinition a) {
        if (a.partitions().isEmpty()) {
            return "-";
        }
        PartitionsDefinition p = a.partitions().get();
        long done = project.history().partitionStatuses(a.key()).values().stream()
                .filter(s -> s.state() == PartitionStatus.State.MATERIALIZED)
                .count();
        return kind(p) + " " + done + "/" + p.keys().size();
    }

    private static String kind(PartitionsDefinition p) {
        return p.isTimeBased() ? p.describe().split(" ", 2)[0] : "static";
    }

    private void printJson(
            Project project,
            List<AssetDefinition> assets,
            Map<AssetKey, AssetStaleness> staleness,
            Map<AssetKey, Materialization> latest)
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
                po.put("count", p.keys().size());
                po.put(
                        "materialized",
                        project.history().partitionStatuses(a.key()).values().stream()
                                .filter(s -> s.state() == PartitionStatus.State.MATERIALIZED)
                                .count());
            } else {
                o.putNull("partitions");
            }
            AssetStaleness s = staleness.get(a.key());
            o.put("status", s == null ? null : s.state().name());
            o.put("reason", s == null ? null : s.reason());
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
