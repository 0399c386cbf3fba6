package dev.assetstudio.engine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code list [--group G] [--tag K[=V]] [--owner O] [--kind K] [--json]}: the assets with their
 * group, partitions, status, health and checks.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the assets: key, group, partitions, status (missing, fresh, stale, failed, running,"
                + " partially materialized, not materialized in its last run), health (healthy, warning,"
                + " degraded, unknown), checks and last materialization.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Option(names = "--group", paramLabel = "G", description = "Only the assets of this group.")
    String group;

    @Option(names = "--tag", paramLabel = "K[=V]", description = "Only the assets with this tag (and value).")
    String tag;

    @Option(names = "--owner", paramLabel = "O", description = "Only the assets this owner owns (team:name or e-mail).")
    String owner;

    @Option(names = "--kind", paramLabel = "K", description = "Only the assets of this kind (csv, java…).")
    String kind;

    @Option(names = "--json", description = "A JSON array, for scripts.")
    boolean json;

    private boolean matches(AssetDefinition a) {
        if (group != null && !a.group().equals(group)) {
            return false;
        }
        if (tag != null) {
            int eq = tag.indexOf('=');
            String k = eq < 0 ? tag : tag.substring(0, eq);
            if (!a.tags().containsKey(k) || (eq >= 0 && !a.tags().get(k).equals(tag.substring(eq + 1)))) {
                return false;
            }
        }
        return (owner == null || a.owners().contains(owner))
                && (kind == null || a.kinds().contains(kind));
    }

    /** {@code 2/3 passed}, or {@code -} without checks; failures first since they matter most. */
    static String checks(AssetDefinition a, Map<String, AssetCheckEvaluation> latest) {
        return dev.assetstudio.engine.health.CheckSummary.of(a, latest).text();
    }

    @Override
    public Integer call() throws Exception {
        try (Project project = cli.openProject()) {
            if (group != null && !project.groups().containsKey(group)) {
                throw new CliException("no group " + group + " (groups: "
                        + String.join(", ", project.groups().keySet()) + ")");
            }
            List<AssetDefinition> assets =
                    project.assets().stream().filter(this::matches).toList();
            if (assets.isEmpty()) {
                throw new CliException("no asset matches " + filters());
            }
            Map<AssetKey, AssetStatus> statuses = project.statuses();
            Map<AssetKey, Materialization> latest = project.history().latestMaterializations();
            Map<AssetKey, AssetHealth> health = project.health();
            if (json) {
                printJson(project, assets, statuses, latest, health);
            } else {
                printTable(project, assets, statuses, latest, health);
            }
        }
        return AssetStudioCli.EXIT_OK;
    }

    private String filters() {
        List<String> parts = new java.util.ArrayList<>();
        if (group != null) {
            parts.add("--group " + group);
        }
        if (tag != null) {
            parts.add("--tag " + tag);
        }
        if (owner != null) {
            parts.add("--owner " + owner);
        }
        if (kind != null) {
            parts.add("--kind " + kind);
        }
        return String.join(" ", parts);
    }

    private void printTable(
            Project project,
            List<AssetDefinition> assets,
            Map<AssetKey, AssetStatus> statuses,
            Map<AssetKey, Materialization> latest,
            Map<AssetKey, AssetHealth> health) {
        Format.Table table = new Format.Table(
                "KEY", "GROUP", "PARTITIONS", "STATUS", "HEALTH", "CHECKS", "LAST MATERIALIZED", "REASON");
        for (AssetDefinition a : assets) {
            AssetStatus s = statuses.get(a.key());
            Materialization m = latest.get(a.key());
            AssetHealth h = health.get(a.key());
            boolean showReason = s.state() != AssetStatus.State.FRESH && s.state() != AssetStatus.State.SOURCE;
            String reason = showReason ? s.reason() : "";
            if (h.state() == AssetHealth.State.WARNING || h.state() == AssetHealth.State.DEGRADED) {
                reason = reason.isEmpty() ? h.summary() : reason + "; " + h.summary();
            }
            table.row(
                    a.key(),
                    a.group(),
                    partitions(a, s),
                    s.words(),
                    h.state().word(),
                    checks(
                            a,
                            a.checks().isEmpty() ? Map.of() : project.history().latestCheckEvaluations(a.key())),
                    m == null ? "-" : Format.time(m.timestamp()),
                    reason);
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
            Project project,
            List<AssetDefinition> assets,
            Map<AssetKey, AssetStatus> statuses,
            Map<AssetKey, Materialization> latest,
            Map<AssetKey, AssetHealth> health)
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
            o.set("tags", Format.JSON.valueToTree(a.tags()));
            o.set("owners", Format.JSON.valueToTree(a.owners()));
            o.set("kinds", Format.JSON.valueToTree(a.kinds()));
            AssetHealth h = health.get(a.key());
            ObjectNode ho = o.putObject("health");
            ho.put("state", h.state().name());
            ho.set("reasons", Format.JSON.valueToTree(h.reasons()));
            ObjectNode co = o.putObject("checks");
            Map<String, AssetCheckEvaluation> checkResults =
                    a.checks().isEmpty() ? Map.of() : project.history().latestCheckEvaluations(a.key());
            for (String name : a.checkNames()) {
                AssetCheckEvaluation e = checkResults.get(name);
                co.put(name, e == null ? "NOT_RUN" : e.passed() ? "PASSED" : "FAILED_" + e.severity());
            }
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
