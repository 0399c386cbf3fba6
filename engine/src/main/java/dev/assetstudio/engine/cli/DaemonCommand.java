package dev.assetstudio.engine.cli;

import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.automation.AutomationDaemon;
import dev.assetstudio.engine.automation.DaemonLease;
import dev.assetstudio.engine.automation.TickReport;
import dev.assetstudio.engine.history.AutomationStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code daemon}: runs the automation daemon until stopped (Ctrl+C or SIGTERM stop it cleanly: the
 * tick under way ends, the lease is given back, runs still going are canceled and recorded).
 */
@Command(
        name = "daemon",
        mixinStandardHelpOptions = true,
        description = "Runs schedules, sensors and declarative automation until stopped (Ctrl+C), one log line"
                + " per tick that did something.")
final class DaemonCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "Seconds between two evaluations (default 5).")
    int interval = 5;

    @Override
    public Integer call() throws InterruptedException {
        if (interval < 1) {
            throw new CliException("--interval must be at least 1 second, got " + interval);
        }
        PrintStream out = cli.console().out();
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = null;
        if (cli.console().signals()) {
            hook = new Thread(
                    () -> {
                        stopped.countDown();
                        try {
                            closed.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "asset-studio-daemon-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try (Project project = cli.openProject();
                AutomationStore store = AutomationCommand.openStore(project);
                AutomationDaemon daemon = new AutomationDaemon(
                        () -> project,
                        store,
                        Clock.systemUTC(),
                        Duration.ofSeconds(interval),
                        DaemonLease.DEFAULT_TIMEOUT)) {
            daemon.addListener(new AutomationDaemon.Listener() {
                @Override
                public void ticked(TickReport report) {
                    if (report.didSomething()) {
                        out.println(report.summaryLine());
                    }
                }

                @Override
                public void leaseChanged(DaemonLease.LeaseStatus status) {
                    out.println(
                            status.mine()
                                    ? "daemon started: evaluating "
                                            + project.jar().getFileName()
                                    : status.describe() + "; waiting to take over");
                }

                @Override
                public void failed(RuntimeException error) {
                    cli.console().err().println("error: " + AssetStudioCli.messageOf(error));
                }
            });
            out.println("automation daemon for " + project.jar().getFileName() + " on "
                    + project.options().historyDatabase() + "; Ctrl+C stops it");
            daemon.start();
            stopped.await();
            out.println("stopping the automation daemon");
        } finally {
            closed.countDown();
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running and waits for `closed`
                }
            }
        }
        return AssetStudioCli.EXIT_OK;
    }
}
