package dev.assetstudio.engine.cli;

import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.cluster.ClusterWorkerMain;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code worker --cluster NAME [--join HOST:PORT[,…]] [--port P] [--threads N]}: this JVM becomes a
 * Hazelcast member that runs the steps coordinators hand it, with the jar they publish.
 */
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = "Joins a cluster as a worker (on 127.0.0.1) and runs the steps handed to it until stopped."
                + " Takes no jar: each run's coordinator publishes it.")
final class WorkerCommand implements Callable<Integer> {
    @ParentCommand
    AssetStudioCli cli;

    @Option(names = "--cluster", required = true, paramLabel = "NAME", description = "The cluster's name.")
    String cluster;

    @Option(
            names = "--join",
            paramLabel = "HOST:PORT[,...]",
            description = "Members to join (default: 127.0.0.1:5701,127.0.0.1:5702,127.0.0.1:5703).")
    String join;

    @Option(
            names = "--port",
            paramLabel = "P",
            description = "Port to listen on, or the next free one (default: 5701).")
    int port = ClusterSettings.FIRST_PORT;

    @Option(names = "--threads", paramLabel = "N", description = "Steps at once (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws InterruptedException {
        ClusterSettings settings;
        try {
            settings = join == null ? ClusterSettings.local(cluster) : ClusterSettings.of(cluster, join);
        } catch (IllegalArgumentException e) {
            throw new CliException("--join: " + e.getMessage());
        }
        Path cache = cli.projectOptions().home().resolve("cluster-jars");
        ClusterWorkerMain.run(settings, port, threads, cache);
        return AssetStudioCli.EXIT_OK;
    }
}
