package dev.assetstudio.engine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillProgress;
import dev.assetstudio.engine.backfill.launch.Backfills;
import dev.assetstudio.engine.text.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backfills [--limit N] [--json]}: the recent backfills, newest first. Needs no jar. */
@Command(
        name = "backfills",
        mixinStandardHelpOptions = true,
        description = "Lists recent backfills, newest first, with their status and progress (reads the history"
                + " only; no jar needed).")
final class BackfillsCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Option(
            names = {"-n", "--limit"},
            paramLabel = "N",
            defaultValue = "20",
            description = "At most this many backfills (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "A JSON array, for scripts.")
    boolean json;

    /** A backfill with its progress, as listed. */
    record Row(Backfill backfill, BackfillProgress progress) {}

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new CliException("--limit must be at least 1, got " + limit);
        }
        Optional<HistoryAccess> access = HistoryAccess.open(cli);
        List<Row> rows = new ArrayList<>();
        if (access.isPresent()) {
            try (HistoryAccess h = access.get();
                    Backfills backfills = Backfills.ofHistory(h.store())) {
                for (Backfill b : backfills.list(0, limit)) {
                    rows.add(new Row(b, backfills.matrix(b.id()).progress()));
                }
            }
        }
        if (json) {
            ArrayNode array = Format.JSON.createArrayNode();
            rows.forEach(r -> json(array.addObject(), r.backfill(), r.progress()));
            cli.console().out().println(Format.JSON.writeValueAsString(array));
        } else if (rows.isEmpty()) {
            cli.console().out().println("No backfills yet.");
        } else {
            Format.Table table =
                    new Format.Table("BACKFILL", "STATUS", "CREATED", "DURATION", "PROGRESS", "FROM", "SELECTION");
            for (Row r : rows) {
                Backfill b = r.backfill();
                table.row(
                        b.id(),
                        b.status().words(),
                        Format.time(b.createdAt()),
                        b.finishedAt() == null
                                ? "-"
                                : Durations.format(Duration.between(b.createdAt(), b.finishedAt())),
                        r.progress().words(),
                        b.origin().name().toLowerCase(java.util.Locale.ROOT),
                        b.selection());
            }
            cli.console().out().print(table.render());
        }
        return AssetStudioCli.EXIT_OK;
    }

    static void json(ObjectNode o, Backfill b, BackfillProgress p) {
        o.put("backfillId", b.id());
        o.put("status", b.status().name());
        o.put("origin", b.origin().name());
        o.put("selection", b.selection());
        o.put("createdAt", Format.iso(b.createdAt()));
        o.put("finishedAt", Format.iso(b.finishedAt()));
        ArrayNode runs = o.putArray("runIds");
        b.runIds().forEach(runs::add);
        ObjectNode partitions = o.putObject("partitions");
        b.partitions().forEach((name, keys) -> partitions.put(name, keys.size()));
        ObjectNode progress = o.putObject("progress");
        progress.put("total", p.total());
        progress.put("succeeded", p.succeeded());
        progress.put("notMaterialized", p.notMaterialized());
        progress.put("failed", p.failed());
        progress.put("skipped", p.skipped());
        progress.put("canceled", p.canceled());
        progress.put("running", p.running());
    }
}
