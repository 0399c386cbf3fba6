package dev.assetstudio.bench;

import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.cluster.ClusterWorkerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Worker members on loopback, each a JVM of its own as {@code asset-studio cluster local} starts
 * them, added one at a time: what the cluster benchmark measures on.
 */
final class LocalCluster implements AutoCloseable {
    final ClusterSettings settings;
    private final List<Integer> ports = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final Path dir;
    private final int threads;

    /** A cluster of at most {@code max} workers (none started yet), each running {@code threads} steps at once. */
    LocalCluster(int max, int threads, Path dir) {
        this.dir = dir;
        this.threads = threads;
        List<String> join = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            int port = freePort();
            ports.add(port);
            join.add("127.0.0.1:" + port);
        }
        settings = new ClusterSettings("bench-" + ProcessHandle.current().pid(), join);
    }

    int size() {
        return processes.size();
    }

    /** Starts the next worker and waits until it has joined. */
    void addWorker() {
        int i = processes.size();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        command.addAll(ClusterWorkerMain.JVM_OPTIONS); // as `cluster local` starts them
        command.addAll(ClusterWorkerMain.LOCAL_JVM_OPTIONS);
        // e.g. -Dbench.worker.opts=-XX:StartFlightRecording=filename=worker.jfr to profile the workers
        // (or BENCH_WORKER_OPTS in the environment, which may hold several)
        String extra = (System.getProperty("bench.worker.opts", "") + " "
                        + System.getenv().getOrDefault("BENCH_WORKER_OPTS", ""))
                .replace("{i}", String.valueOf(i));
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                ClusterWorkerMain.class.getName(),
                "--cluster",
                settings.name(),
                "--join",
                String.join(",", settings.join()),
                "--port",
                String.valueOf(ports.get(i)),
                "--threads",
                String.valueOf(threads),
                "--cache",
                dir.resolve("cache-" + i).toString()));
        try {
            Process p = new ProcessBuilder(command)
                    .redirectError(dir.resolve("worker-" + i + ".err").toFile())
                    .start();
            processes.add(p);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(ClusterWorkerMain.READY)) {
                    Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "bench-worker-" + i);
                    drain.setDaemon(true);
                    drain.start();
                    return;
                }
            }
            throw new IllegalStateException(
                    "cluster worker " + i + " exited before joining; see " + dir.resolve("worker-" + i + ".err"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time the worker JVMs have used so far, in milliseconds (all their threads). */
    double workersCpuMillis() {
        return processes.stream()
                .mapToDouble(p ->
                        p.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN))
                .sum();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
