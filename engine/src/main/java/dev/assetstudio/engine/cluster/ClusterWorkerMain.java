package dev.assetstudio.engine.cluster;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A worker member in its own JVM: {@code --cluster NAME --join HOST:PORT[,…] [--port P] [--threads
 * N] [--cache DIR] [--bind HOST] [--public-address HOST[:PORT]] [--kubernetes SERVICE]}. Prints {@code worker <name> joined cluster <NAME>} once it is a member, then
 * runs steps until it is stopped. What {@code asset-studio worker} and {@code cluster local} start.
 */
public final class ClusterWorkerMain {
    /**
     * JVM options for a worker started by another process: the access to JDK internals Hazelcast
     * asks for (without them a member prints a page of warnings at start and runs its slower paths).
     * {@code java -jar asset-studio-cli.jar worker} gets the same from the jar's manifest.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.management/sun.management=ALL-UNNAMED",
            "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED");

    /**
     * More JVM options for workers that share one machine's cores, as {@code cluster local} starts
     * them: the C1 compiler only and the serial collector. Measured with the cluster benchmark (3
     * workers and the coordinator on 2 cores), this cut the workers' CPU per step by more than
     * half: with the defaults, C2 compilations and parallel GC threads take about half of it,
     * competing with the steps and the coordinator. A worker on a machine of its own ({@code
     * asset-studio worker}) keeps the JVM's defaults, which pay off for long, compute-heavy steps.
     */
    public static final List<String> LOCAL_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The line a worker prints once it has joined, before its name. */
    public static final String READY = "worker ";

    private ClusterWorkerMain() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--cluster")
                || !(options.containsKey("--join") || options.containsKey("--kubernetes"))) {
            System.err.println(
                    "usage: ClusterWorkerMain --cluster NAME --join HOST:PORT[,...] [--port P] [--threads N] [--cache DIR]"
                            + " [--bind HOST] [--public-address HOST[:PORT]] [--kubernetes SERVICE]");
            System.exit(2);
        }
        // under Kubernetes discovery the join list is not read: the service's endpoints are
        ClusterSettings cluster = options.containsKey("--join")
                ? ClusterSettings.of(options.get("--cluster"), options.get("--join"))
                : ClusterSettings.local(options.get("--cluster"));
        int port = Integer.parseInt(options.getOrDefault("--port", String.valueOf(ClusterSettings.FIRST_PORT)));
        int threads = Integer.parseInt(options.getOrDefault(
                "--threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        Path cache = Path.of(options.getOrDefault(
                "--cache",
                Path.of(System.getProperty("java.io.tmpdir"), "asset-studio-cluster-jars")
                        .toString()));
        WorkerNetwork network = new WorkerNetwork(
                options.getOrDefault("--bind", "127.0.0.1"),
                options.get("--public-address"),
                options.get("--kubernetes"));
        run(cluster, network, port, threads, cache);
    }

    /** Starts a worker, says so on stdout, and blocks until it shuts down. */
    public static void run(ClusterSettings cluster, WorkerNetwork network, int port, int threads, Path cache)
            throws InterruptedException {
        ClusterWorker worker = ClusterWorker.start(cluster, network, port, threads, cache);
        Runtime.getRuntime().addShutdownHook(new Thread(worker::close, "asset-studio-worker-stop"));
        System.out.println(READY + worker.name() + " joined cluster " + cluster.name() + " (" + worker.clusterSize()
                + " members)");
        System.out.flush();
        worker.awaitShutdown();
    }
}
