package dev.assetstudio.engine.cli;

import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.cluster.ClusterWorkerMain;
import dev.assetstudio.engine.cluster.WorkerNetwork;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code worker --cluster NAME [--join HOST:PORT[,…]] [--port P] [--threads N] [--bind HOST]
 * [--public-address HOST[:PORT]] [--kubernetes SERVICE]}: this JVM becomes a Hazelcast member that
 * runs the steps coordinators hand it, with the jar they publish.
 */
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = "Joins a cluster as a worker and runs the steps handed to it until stopped. Takes no jar:"
                + " each run's coordinator publishes it. Listens on 127.0.0.1 unless --bind says otherwise.")
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

    @Option(
            names = "--bind",
            paramLabel = "HOST",
            description = "Address to listen on: 0.0.0.0 for every interface, or one of this machine's"
                    + " (default: 127.0.0.1, this machine only).")
    String bind = "127.0.0.1";

    @Option(
            names = "--public-address",
            paramLabel = "HOST[:PORT]",
            description = "Address the other workers and coordinators reach this one at, when not the bound one"
                    + " (NAT, containers).")
    String publicAddress;

    @Option(
            names = "--kubernetes",
            paramLabel = "SERVICE",
            description = "Find the other workers through this Kubernetes service's endpoints instead of --join"
                    + " (in a pod; see packaging/k8s).")
    String kubernetes;

    @Override
    public Integer call() throws InterruptedException {
        ClusterSettings settings;
        try {
            settings = join == null ? ClusterSettings.local(cluster) : ClusterSettings.of(cluster, join);
        } catch (IllegalArgumentException e) {
            throw new CliException("--join: " + e.getMessage());
        }
        WorkerNetwork network;
        try {
            network = new WorkerNetwork(bind, publicAddress, kubernetes);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        if (kubernetes != null && join != null) {
            throw new CliException("--join and --kubernetes are two ways to find the other workers: give one");
        }
        Path cache = cli.projectOptions().home().resolve("cluster-jars");
        ClusterWorkerMain.run(settings, network, port, threads, cache);
        return AssetStudioCli.EXIT_OK;
    }
}
