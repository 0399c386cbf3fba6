package dev.assetstudio.engine.cluster;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A worker member in its own JVM: {@code --cluster NAME --join HOST:PORT[,…] [--port P] [--threads
 * N] [--cache DIR]}. Prints {@code worker <name> joined cluster <NAME>} once it is a member, then
 * runs steps until it is stopped. What {@code asset-studio worker} and {@code cluster local} start.
 */
public final class ClusterWorkerMain {
    /** The line a worker prints once it has joined, before its name. */
    public static final String READY = "worker ";

    private ClusterWorkerMain() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--cluster") || !options.containsKey("--join")) {
            System.err.println(
                    "usage: ClusterWorkerMain --cluster NAME --join HOST:PORT[,...] [--port P] [--threads N] [--cache DIR]");
            System.exit(2);
        }
        ClusterSettings cluster = ClusterSettings.of(options.get("--cluster"), options.get("--join"));
        int port = Integer.parseInt(options.getOrDefault("--port", String.valueOf(ClusterSettings.FIRST_PORT)));
        int threads = Integer.parseInt(options.getOrDefault(
                "--threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        Path cache = Path.of(options.getOrDefault(
                "--cache",
                Path.of(System.getProperty("java.io.tmpdir"), "asset-studio-cluster-jars")
                        .toString()));
        run(cluster, port, threads, cache);
    }

    /** Starts a worker, says so on stdout, and blocks until it shuts down. */
    public static void run(ClusterSettings cluster, int port, int threads, Path cache) throws InterruptedException {
        ClusterWorker worker = ClusterWorker.start(cluster, port, threads, cache);
        Runtime.getRuntime().addShutdownHook(new Thread(worker::close, "asset-studio-worker-stop"));
        System.out.println(READY + worker.name() + " joined cluster " + cluster.name() + " (" + worker.clusterSize()
                + " members)");
        System.out.flush();
        worker.awaitShutdown();
    }
}
