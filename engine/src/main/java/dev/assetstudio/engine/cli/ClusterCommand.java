package dev.assetstudio.engine.cli;

import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.cluster.ClusterWorkerMain;
import dev.assetstudio.engine.worker.WorkerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cluster local --workers N [--name NAME]}: a cluster of worker JVMs on this machine, for trying it out. */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = "Clusters of workers.",
        subcommands = {ClusterCommand.Local.class})
final class ClusterCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Override
    public Integer call() {
        cli.console().err().println("error: a subcommand is needed: cluster local --workers N");
        return AssetStudioCli.EXIT_BAD_INPUT;
    }

    /** Starts N worker JVMs on 127.0.0.1 (ports from 5701) and runs until stopped (Ctrl+C stops them too). */
    @Command(
            name = "local",
            mixinStandardHelpOptions = true,
            description = "Starts N workers on 127.0.0.1 (ports from 5701) until stopped;"
                    + " then `materialize --cluster NAME` runs on them.")
    static final class Local implements Callable<Integer> {
        @ParentCommand
        ClusterCommand parent;

        @Option(names = "--workers", paramLabel = "N", description = "How many workers (default: 3).")
        int workers = 3;

        @Option(names = "--name", paramLabel = "NAME", description = "The cluster's name (default: local).")
        String name = "local";

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (workers < 1) {
                throw new CliException("--workers must be at least 1, got " + workers);
            }
            List<String> join = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                join.add("127.0.0.1:" + (ClusterSettings.FIRST_PORT + i));
            }
            Path home = parent.cli.projectOptions().home().toAbsolutePath();
            Path cache = home.resolve("cluster-jars");
            List<Process> started = new ArrayList<>();
            Thread stop = new Thread(() -> started.forEach(Process::destroy), "asset-studio-cluster-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            for (int i = 0; i < workers; i++) {
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
                command.addAll(ClusterWorkerMain.JVM_OPTIONS);
                command.addAll(ClusterWorkerMain.LOCAL_JVM_OPTIONS); // N workers share this machine's cores
                command.addAll(List.of(
                        // Hazelcast reports membership and load at INFO; a worker shows warnings unless --debug
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=" + (parent.cli.debug() ? "info" : "warn"),
                        // the project's own I/O managers resolve their folders in this home, as the CLI's do
                        "-D" + AssetStudioHome.PROPERTY + "=" + home,
                        "-cp",
                        WorkerProcess.classPath(),
                        ClusterWorkerMain.class.getName(),
                        "--cluster",
                        name,
                        "--join",
                        String.join(",", join),
                        "--port",
                        String.valueOf(ClusterSettings.FIRST_PORT + i),
                        "--cache",
                        cache.resolve("worker-" + (i + 1)).toString()));
                started.add(new ProcessBuilder(command).inheritIO().start());
            }
            parent.cli
                    .console()
                    .err()
                    .println("cluster '" + name + "': " + workers + " workers starting on " + String.join(",", join)
                            + "; Ctrl+C stops them");
            for (Process p : started) {
                p.waitFor();
            }
            return AssetStudioCli.EXIT_OK;
        }
    }
}
