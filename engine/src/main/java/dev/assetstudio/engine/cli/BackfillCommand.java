package dev.assetstudio.engine.cli;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillHandle;
import dev.assetstudio.engine.backfill.BackfillMatrix;
import dev.assetstudio.engine.backfill.BackfillStatus;
import dev.assetstudio.engine.backfill.launch.Backfills;
import dev.assetstudio.engine.run.StepEventType;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backfill show|cancel|retry ID}: one backfill. */
@Command(
        name = "backfill",
        mixinStandardHelpOptions = true,
        description = "Shows, cancels or retries one backfill (ID: its id, short id or a unique prefix).",
        subcommands = {
            BackfillCommand.Show.class,
            BackfillCommand.Cancel.class,
            BackfillCommand.Retry.class,
            CommandLine.HelpCommand.class
        })
final class BackfillCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Override
    public Integer call() {
        throw new CliException("backfill needs a subcommand: show, cancel or retry");
    }

    /** The history, or an error naming the backfill when there is none yet. */
    static HistoryAccess history(AssetStudioCli cli, String id) {
        return HistoryAccess.open(cli)
                .orElseThrow(() -> new CliException("no backfill " + id + ": there is no history yet at "
                        + cli.projectOptions().historyDatabase()));
    }

    static Backfill require(Backfills backfills, String id) {
        return backfills
                .get(id)
                .orElseThrow(() -> new CliException("no backfill " + id + " (see 'asset-studio backfills')"));
    }

    /** {@code backfill show ID}: status, progress, runs and the partition × asset matrix. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a backfill and its matrix.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        BackfillCommand parent;

        @Parameters(paramLabel = "ID", description = "The backfill: its id, short id or a unique prefix.")
        String id;

        @Override
        public Integer call() {
            AssetStudioCli cli = parent.cli;
            try (HistoryAccess h = history(cli, id);
                    Backfills backfills = Backfills.ofHistory(h.store())) {
                Backfill b = require(backfills, id);
                BackfillMatrix matrix = backfills.matrix(b.id());
                PrintStream out = cli.console().out();
                out.println("Backfill " + b.id() + " (" + b.shortId() + ")");
                out.println("  status     " + b.status().words());
                out.println("  from       " + b.origin().name().toLowerCase(java.util.Locale.ROOT));
                out.println("  selection  " + b.selection());
                out.println("  created    " + Format.time(b.createdAt()));
                out.println("  finished   " + (b.finishedAt() == null ? "-" : Format.time(b.finishedAt())));
                out.println("  targets    " + BackfillFormat.partitions(b));
                out.println("  progress   " + BackfillFormat.targets(matrix.progress()));
                out.println("  runs       " + String.join(", ", b.runIds()));
                out.println();
                Format.Table table = new Format.Table("ASSET", "PARTITION", "STATE");
                for (var e : matrix.states().entrySet()) {
                    AssetKey asset = e.getKey().asset();
                    StepEventType state = e.getValue();
                    table.row(
                            asset,
                            e.getKey().partition() == null ? "-" : e.getKey().partition(),
                            state == null ? "not started" : state.words());
                }
                out.print(table.render());
            }
            return AssetStudioCli.EXIT_OK;
        }
    }

    /** {@code backfill cancel ID}. */
    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancels a backfill.")
    static final class Cancel implements Callable<Integer> {
        @ParentCommand
        BackfillCommand parent;

        @Parameters(paramLabel = "ID", description = "The backfill: its id, short id or a unique prefix.")
        String id;

        @Override
        public Integer call() {
            AssetStudioCli cli = parent.cli;
            try (HistoryAccess h = history(cli, id);
                    Backfills backfills = Backfills.ofHistory(h.store())) {
                Backfill before = require(backfills, id);
                Backfill after = backfills.cancel(before.id());
                String message =
                        switch (after.status()) {
                            case CANCELING -> "Backfill " + after.id()
                                    + " is canceling: the process running it stops it";
                            case CANCELED -> before.status() == BackfillStatus.CANCELED
                                    ? "Backfill " + after.id() + " was already canceled"
                                    : "Backfill " + after.id() + " canceled";
                            default -> "Backfill " + after.id() + " already ended: "
                                    + after.status().words();
                        };
                cli.console().out().println(message);
            }
            return AssetStudioCli.EXIT_OK;
        }
    }

    /** {@code backfill retry ID}: runs the failed and skipped targets again, here, and waits. */
    @Command(
            name = "retry",
            mixinStandardHelpOptions = true,
            description =
                    "Runs the failed, skipped and canceled partitions of a backfill again and waits (needs --jar).")
    static final class Retry implements Callable<Integer> {
        @ParentCommand
        BackfillCommand parent;

        @Parameters(paramLabel = "ID", description = "The backfill: its id, short id or a unique prefix.")
        String id;

        @Override
        public Integer call() {
            AssetStudioCli cli = parent.cli;
            AssetStudioCli.Console console = cli.console();
            Format.Symbols symbols = Format.Symbols.of(console.unicode());
            try (Project project = cli.openProject()) {
                Optional<Backfill> found = project.backfill(id);
                if (found.isEmpty()) {
                    throw new CliException("no backfill " + id + " (see 'asset-studio backfills')");
                }
                ProgressPrinter progress = new ProgressPrinter(console.err(), console.interactive(), false, symbols);
                Backfill done;
                try {
                    BackfillHandle handle;
                    try {
                        handle = project.retryBackfill(found.get().id(), progress);
                    } catch (IllegalStateException e) {
                        throw new CliException(e.getMessage());
                    }
                    done = handle.await();
                } finally {
                    progress.close();
                }
                console.out()
                        .println("Backfill " + done.id() + " " + done.status().name() + ": "
                                + BackfillFormat.targets(project.backfillProgress(done.id())));
                return done.status() == BackfillStatus.SUCCEEDED ? AssetStudioCli.EXIT_OK : AssetStudioCli.EXIT_FAILED;
            }
        }
    }
}
