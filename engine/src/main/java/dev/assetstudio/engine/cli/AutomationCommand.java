package dev.assetstudio.engine.cli;

import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.automation.AutomationEvaluator;
import dev.assetstudio.engine.automation.AutomationStatus;
import dev.assetstudio.engine.automation.AutomationSwitches;
import dev.assetstudio.engine.automation.DaemonLease;
import dev.assetstudio.engine.automation.TickReport;
import dev.assetstudio.engine.history.AutomationRecords.Request;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationStore;
import dev.assetstudio.engine.run.RunHandle;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code automation on|off|tick|status}: the switches of schedules, sensors and declarative
 * automation, one evaluation at a chosen instant, and where each stands.
 */
@Command(
        name = "automation",
        mixinStandardHelpOptions = true,
        description = "Turns schedules, sensors and declarative automation on or off, evaluates them once, or"
                + " shows their status.",
        subcommands = {
            AutomationCommand.On.class,
            AutomationCommand.Off.class,
            AutomationCommand.TickCommand.class,
            AutomationCommand.Status.class
        })
final class AutomationCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Override
    public Integer call() {
        cli.console().err().println("error: automation needs a command: on, off, tick or status");
        return AssetStudioCli.EXIT_BAD_INPUT;
    }

    static AutomationStore openStore(Project project) {
        return AutomationStore.open(project.options().historyDatabase());
    }

    /** Shared by {@code on} and {@code off}. */
    abstract static class Switch implements Callable<Integer> {
        @ParentCommand
        AutomationCommand parent;

        @Parameters(
                paramLabel = "NAME",
                arity = "0..*",
                description = "Schedules and sensors by name;" + " declarative_automation for the assets' conditions.")
        List<String> names = new ArrayList<>();

        @Option(names = "--all", description = "Every schedule, sensor and declarative automation of the project.")
        boolean all;

        abstract boolean on();

        @Override
        public Integer call() {
            AssetStudioCli cli = parent.cli;
            if (all && !names.isEmpty()) {
                throw new CliException("give names or --all, not both");
            }
            try (Project project = cli.openProject();
                    AutomationStore store = openStore(project)) {
                List<String> done =
                        AutomationSwitches.set(project.automation(), store, names, all, on(), Instant.now());
                for (String n : done) {
                    cli.console().out().println(n + ": " + (on() ? "on" : "off"));
                }
            }
            return AssetStudioCli.EXIT_OK;
        }
    }

    @Command(name = "on", mixinStandardHelpOptions = true, description = "Turns automation on (remembered in history).")
    static final class On extends Switch {
        @Override
        boolean on() {
            return true;
        }
    }

    @Command(name = "off", mixinStandardHelpOptions = true, description = "Turns automation off.")
    static final class Off extends Switch {
        @Override
        boolean on() {
            return false;
        }
    }

    @Command(
            name = "tick",
            mixinStandardHelpOptions = true,
            description = "Evaluates everything that is on once, at --now (default: now), launches what is due,"
                    + " waits for those runs, and prints what was requested or skipped and why.")
    static final class TickCommand implements Callable<Integer> {
        @ParentCommand
        AutomationCommand parent;

        @Option(
                names = "--now",
                paramLabel = "ISO-INSTANT",
                description = "The instant to evaluate, e.g. 2024-01-02T06:00:00Z.")
        String now;

        @Override
        public Integer call() {
            AssetStudioCli cli = parent.cli;
            Instant at = instant(now);
            PrintStream out = cli.console().out();
            try (Project project = cli.openProject();
                    AutomationStore store = openStore(project)) {
                DaemonLease lease = new DaemonLease(store, Clock.systemUTC(), DaemonLease.DEFAULT_TIMEOUT);
                DaemonLease.LeaseStatus status = lease.heartbeat();
                if (!status.mine()) {
                    throw new CliException(status.describe() + "; stop it, or let it evaluate");
                }
                try {
                    TickReport report = new AutomationEvaluator(store).tick(project, at);
                    print(out, report);
                    boolean failed = false;
                    for (RunHandle h : report.launched()) {
                        RunResult r = h.await();
                        out.println(
                                "run " + h.runId() + ": " + r.runStatus().name().toLowerCase(Locale.ROOT));
                        failed |= !r.succeeded();
                    }
                    return failed ? AssetStudioCli.EXIT_FAILED : AssetStudioCli.EXIT_OK;
                } finally {
                    lease.release();
                }
            }
        }

        static Instant instant(String text) {
            if (text == null) {
                return Instant.now();
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new CliException("--now " + text + " is not an ISO instant; write it as 2024-01-02T06:00:00Z");
            }
        }
    }

    /** The tick's lines: one per tick, then one per request. */
    static void print(PrintStream out, TickReport report) {
        if (report.ticks().isEmpty()) {
            out.println(report.time() + ": nothing due (is automation on? see automation status)");
            return;
        }
        for (Tick t : report.ticks()) {
            out.println(t.kind() + " " + t.name() + ": " + t.status().name().toLowerCase(Locale.ROOT) + " — "
                    + t.summary().lines().findFirst().orElse(""));
            for (Request r : t.requests()) {
                out.println("  " + r.outcome().name().toLowerCase(Locale.ROOT) + " " + r.selection()
                        + (r.partition() == null ? "" : " [" + r.partition() + "]")
                        + (r.runId() == null ? "" : " as run " + r.runId()) + ": " + r.reason());
            }
            if (t.error() != null) {
                out.println("  error: " + t.error().lines().findFirst().orElse(""));
            }
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Lists schedules, sensors and declarative automation: on/off, next tick, last result.")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        AutomationCommand parent;

        @Override
        public Integer call() {
            AssetStudioCli cli = parent.cli;
            try (Project project = cli.openProject();
                    AutomationStore store = openStore(project)) {
                List<AutomationStatus> all = AutomationStatus.of(project.automation(), store, Instant.now());
                if (all.isEmpty()) {
                    cli.console().out().println("the project has no schedule, sensor or automation condition");
                    return AssetStudioCli.EXIT_OK;
                }
                Format.Table table = new Format.Table("NAME", "KIND", "STATE", "WHAT", "NEXT TICK", "LAST TICK");
                for (AutomationStatus s : all) {
                    table.row(
                            s.name(),
                            s.kind(),
                            s.enabled() ? "on" : "off",
                            s.what(),
                            s.nextTick().map(Format::time).orElse("-"),
                            s.lastTick()
                                    .map(t -> Format.time(t.time()) + " "
                                            + t.status().name().toLowerCase(Locale.ROOT) + ": "
                                            + t.summary().lines().findFirst().orElse(""))
                                    .orElse("-"));
                }
                cli.console().out().print(table.render());
                store.lease().ifPresent(l -> cli.console().out().println("daemon: " + l.describe()));
            }
            return AssetStudioCli.EXIT_OK;
        }
    }
}
