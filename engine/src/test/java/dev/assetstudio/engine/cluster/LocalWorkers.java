package dev.assetstudio.engine.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Real worker members, each in its own JVM on loopback, for the cluster tests (the studio's too). */
public final class LocalWorkers implements AutoCloseable {
    public final ClusterSettings settings;
    public final List<Process> processes = new ArrayList<>();
    private final List<Integer> ports;
    private final Path dir;
    private final List<String> jvmOptions;
    private final String host;

    private LocalWorkers(
            ClusterSettings settings, List<Integer> ports, Path dir, List<String> jvmOptions, String host) {
        this.settings = settings;
        this.ports = ports;
        this.dir = dir;
        this.jvmOptions = jvmOptions;
        this.host = host;
    }

    /** Starts {@code n} workers of a cluster with a fresh name, the first alone, then the others at once. */
    public static LocalWorkers start(int n, Path dir, List<String> jvmOptions) throws Exception {
        return start(n, dir, jvmOptions, "127.0.0.1");
    }

    /** Like {@link #start(int, Path, List)}, the workers bound to {@code host} ({@code --bind}) and joined there. */
    public static LocalWorkers start(int n, Path dir, List<String> jvmOptions, String host) throws Exception {
        List<Integer> ports = new ArrayList<>();
        List<String> join = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int port = freePort();
            ports.add(port);
            join.add(host + ":" + port);
        }
        ClusterSettings settings =
                new ClusterSettings("test-" + ProcessHandle.current().pid() + "-" + System.nanoTime(), join);
        LocalWorkers workers = new LocalWorkers(settings, ports, dir, jvmOptions, host);
        try {
            workers.launch(0).get(90, TimeUnit.SECONDS);
            List<CompletableFuture<String>> rest = new ArrayList<>();
            for (int i = 1; i < n; i++) {
                rest.add(workers.launch(i));
            }
            for (CompletableFuture<String> f : rest) {
                f.get(90, TimeUnit.SECONDS);
            }
        } catch (Exception | Error e) {
            workers.close();
            throw e;
        }
        return workers;
    }

    private CompletableFuture<String> launch(int i) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.addAll(ClusterWorkerMain.JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ClusterWorkerMain.class.getName());
        command.addAll(List.of(
                "--cluster", settings.name(),
                "--join", String.join(",", settings.join()),
                "--port", String.valueOf(ports.get(i)),
                "--threads", "2",
                "--bind", host,
                "--cache", dir.resolve("cache-" + i).toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(dir.resolve("worker-" + i + ".err").toFile())
                .start();
        processes.add(process);
        return CompletableFuture.supplyAsync(() -> {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(ClusterWorkerMain.READY)) {
                        // keep draining, so a chatty worker never blocks on a full pipe
                        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "worker-" + i + "-stdout");
                        drain.setDaemon(true);
                        drain.start();
                        return line;
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException(
                    "worker " + i + " exited before joining; see " + dir.resolve("worker-" + i + ".err"));
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A free port on loopback: where nothing answers (until something takes it). */
    public static int unusedPort() throws IOException {
        return freePort();
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
