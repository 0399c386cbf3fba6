package dev.assetstudio.engine.worker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.config.UnboundConfig;
import dev.assetstudio.engine.load.ProjectLoadException;
import dev.assetstudio.engine.preview.ValuePreview;
import dev.assetstudio.engine.run.PlannedStep;
import dev.assetstudio.engine.run.StepOutcome;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running worker JVM, seen from the engine: starts it ({@code java} of this JDK, this
 * engine's class path, {@link WorkerMain}), waits for it to connect to a loopback port with the
 * token it was given, checks its protocol version, and turns requests into
 * {@link WorkerMessage}s and answers back. When the worker dies (exits, is killed, runs out of
 * memory) every request still waiting fails with a {@link WorkerException} that says why and what
 * it was doing: "worker exited with code 3 while computing `exits`".
 *
 * <p>Thread-safe: many steps wait on one worker at once. A worker that died stays dead; {@link
 * ProjectWorker} starts the next one.
 */
public final class WorkerProcess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
    private static final int OUTPUT_LINES = 40;

    private final Process process;
    private final FramedChannel channel;
    private final WorkerSettings settings;
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Deque<String> outputTail = new ArrayDeque<>();
    private final Thread outputReader;
    private volatile boolean sawOutOfMemory;
    private volatile String stopReason;
    private volatile String deathCause;

    /** A request waiting for its answer; {@code log} takes a step's log lines. */
    private record Pending(String what, CompletableFuture<WorkerMessage> answer, RunLog log) {}

    private final Socket socket;

    private WorkerProcess(Process process, WorkerSettings settings, Socket socket, Thread outputReader)
            throws IOException {
        this.process = process;
        this.settings = settings;
        this.socket = socket;
        this.channel = new FramedChannel(socket.getInputStream(), socket.getOutputStream());
        this.outputReader = outputReader;
    }

    /**
     * Starts a worker and waits for its hello.
     *
     * @param storage the folder of the project's default {@code io_manager}
     * @throws WorkerException when it cannot start or speaks another protocol version
     */
    public static WorkerProcess start(WorkerSettings settings, Path storage) {
        String token = UUID.randomUUID().toString();
        Process process;
        Socket socket;
        StartOutput output = new StartOutput();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> command = command(settings, storage, server.getLocalPort(), token);
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new WorkerException(
                        "cannot start a worker process (" + command.get(0) + "): " + e.getMessage(), e);
            }
            output.follow(process);
            socket = accept(server, process, output);
        } catch (IOException e) {
            throw new WorkerException("cannot open a loopback port for a worker: " + e.getMessage(), e);
        }
        WorkerProcess worker;
        try {
            socket.setTcpNoDelay(true);
            worker = new WorkerProcess(process, settings, socket, output.thread);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new WorkerException("lost the connection to a new worker: " + e.getMessage(), e);
        }
        output.attach(worker);
        worker.handshake(token);
        Thread reader = new Thread(worker::readAnswers, "asset-worker-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        return worker;
    }

    /** Waits for the new worker to connect; an error with its last output if it dies first. */
    private static Socket accept(ServerSocket server, Process process, StartOutput output) throws IOException {
        server.setSoTimeout(100);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                return server.accept();
            } catch (SocketTimeoutException e) {
                if (!process.isAlive()) {
                    output.awaitEnd();
                    String said = String.join(" / ", output.lastLines(3));
                    throw new WorkerException("the worker process could not start: it exited with code "
                            + process.exitValue() + (said.isEmpty() ? "" : " (" + said + ")"));
                }
            }
        }
        process.destroyForcibly();
        throw new WorkerException("the worker process did not connect within two minutes");
    }

    /**
     * The output of a starting worker, read from its first line: kept by the {@link WorkerProcess}
     * once there is one, and enough to say why a worker that never connected died.
     */
    private static final class StartOutput {
        private final Deque<String> early = new ArrayDeque<>();
        private WorkerProcess owner; // guarded by early
        private Thread thread;

        /** From now on the lines go to {@code worker}, the early ones first. */
        void attach(WorkerProcess worker) {
            synchronized (early) {
                early.forEach(worker::outputLine);
                early.clear();
                owner = worker;
            }
        }

        void follow(Process process) {
            thread = new Thread(() -> read(process), "asset-worker-output-" + process.pid());
            thread.setDaemon(true);
            thread.start();
        }

        private void read(Process process) {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    WorkerProcess worker;
                    synchronized (early) {
                        worker = owner;
                        if (worker == null) {
                            early.addLast(line);
                            if (early.size() > OUTPUT_LINES) {
                                early.removeFirst();
                            }
                            continue;
                        }
                    }
                    worker.outputLine(line);
                }
            } catch (IOException e) {
                // the worker is gone
            }
        }

        void awaitEnd() {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        List<String> lastLines(int n) {
            synchronized (early) {
                List<String> all = new ArrayList<>(early);
                return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
            }
        }
    }

    /** The command line of a worker: this JDK's {@code java}, the limits, this engine's class path. */
    static List<String> command(WorkerSettings settings, Path storage, int port, String token) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (settings.heap() != null) {
            command.add("-Xmx" + settings.heap());
        }
        // an out-of-memory error leaves a JVM in no state to go on: end it, and say so
        command.add("-XX:+ExitOnOutOfMemoryError");
        String home = System.getProperty(dev.assetstudio.api.AssetStudioHome.PROPERTY);
        if (home != null) {
            command.add("-D" + dev.assetstudio.api.AssetStudioHome.PROPERTY + "=" + home);
        }
        command.addAll(settings.jvmOptions());
        command.add("-cp");
        command.add(classPath());
        command.add(WorkerMain.class.getName());
        command.add("--port");
        command.add(String.valueOf(port));
        command.add("--token");
        command.add(token);
        command.add("--storage");
        command.add(storage.toString());
        return command;
    }

    /** This JVM's class path, plus wherever the engine's classes come from if that is elsewhere. */
    public static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        for (Class<?> anchor : List.of(WorkerMain.class, AssetKey.class, JsonNode.class, LoggerFactory.class)) {
            try {
                var source = anchor.getProtectionDomain().getCodeSource();
                if (source != null) {
                    entries.add(Path.of(source.getLocation().toURI()).toString());
                }
            } catch (Exception | LinkageError e) {
                // the class path above has to do
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private void handshake(String token) {
        JsonNode hello;
        try {
            hello = WorkerProtocol.MAPPER.readTree(channel.receiveFrame());
        } catch (IOException e) {
            throw new WorkerException("the worker process could not start: " + describeDeath());
        }
        if (!token.equals(hello.path("token").asText())) {
            process.destroyForcibly();
            closeSocket();
            throw new WorkerException("refused a connection that is not from the worker this engine started");
        }
        int version = hello.path("protocolVersion").asInt(-1);
        if (!"hello".equals(hello.path("type").asText()) || version != WorkerProtocol.VERSION) {
            process.destroyForcibly();
            closeSocket();
            throw new WorkerException("refused a worker that speaks protocol version " + version
                    + "; this engine speaks version " + WorkerProtocol.VERSION
                    + ". The worker's classes come from another Asset Studio build: use one build for both.");
        }
        LOG.debug(
                "worker {} started (java {})",
                process.pid(),
                hello.path("javaVersion").asText());
    }

    public long pid() {
        return process.pid();
    }

    /** True until the worker died, was killed or was closed (also while a killed one is still going). */
    public boolean isAlive() {
        return stopReason == null && deathCause == null && process.isAlive();
    }

    /**
     * Asks the worker to load the definitions of its private copy of {@code jar}.
     *
     * @throws ProjectLoadException naming the problems, or how the worker died while loading
     */
    public DefinitionsSnapshot loadDefinitions(Path jar, Path copy) {
        String name =
                jar.getFileName() == null ? jar.toString() : jar.getFileName().toString();
        long id = ids.incrementAndGet();
        WorkerMessage answer;
        try {
            answer = ask(
                    id,
                    "loading the definitions of " + name,
                    null,
                    new WorkerMessage.LoadDefinitions(id, copy.toString(), name));
        } catch (WorkerException e) {
            throw new ProjectLoadException(jar, List.of(e.getMessage()), e);
        }
        if (answer instanceof WorkerMessage.DefinitionsLoaded loaded) {
            return loaded.definitions();
        }
        WorkerMessage.Failed failed = (WorkerMessage.Failed) answer;
        throw new ProjectLoadException(
                jar, failed.problems().isEmpty() ? List.of(failed.message()) : failed.problems());
    }

    /** Renders the stored value of {@code key} (and {@code partition}); an error saying why not. */
    public ValuePreview preview(AssetKey key, String partition) {
        long id = ids.incrementAndGet();
        WorkerMessage answer = ask(
                id,
                "loading the value of `" + key + "`",
                null,
                new WorkerMessage.PreviewValue(id, key.toString(), partition));
        if (answer instanceof WorkerMessage.ValuePreviewed previewed) {
            return previewed.preview();
        }
        throw new IllegalStateException(((WorkerMessage.Failed) answer).message());
    }

    /**
     * Calls sensor {@code sensor} in the worker and waits for its answer, at most the settings'
     * sensor timeout: a sensor still running then has its worker killed, so that it cannot hold a
     * thread of it forever.
     *
     * @return the answer, also when the sensor threw ({@link WorkerMessage.SensorEvaluated#error()})
     * @throws WorkerException when the worker died while evaluating it (exit, kill, out of memory) or
     *     it did not answer in time; the message names the sensor
     */
    public WorkerMessage.SensorEvaluated evaluateSensor(
            String sensor, String cursor, Instant currentTime, Instant lastTickTime) {
        long id = ids.incrementAndGet();
        String what = "evaluating sensor `" + sensor + "`";
        CompletableFuture<WorkerMessage> answer = register(id, what, null);
        send(new WorkerMessage.EvaluateSensor(
                id, sensor, cursor, currentTime.toString(), lastTickTime == null ? null : lastTickTime.toString()));
        Duration timeout = settings.sensorTimeout();
        WorkerMessage message;
        try {
            message = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.remove(id);
            throw new WorkerException("interrupted while " + what);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (TimeoutException e) {
            pending.remove(id);
            String seconds = timeout.toMillis() % 1000 == 0
                    ? String.valueOf(timeout.toSeconds())
                    : String.valueOf(timeout.toMillis() / 1000.0);
            kill("was stopped because sensor `" + sensor + "` did not answer within " + seconds + " s");
            throw new WorkerException("sensor `" + sensor + "` did not answer within " + seconds
                    + " s (the sensor timeout); its worker was stopped and a fresh one serves what comes next");
        }
        if (message instanceof WorkerMessage.SensorEvaluated evaluated) {
            return evaluated;
        }
        throw new WorkerException(((WorkerMessage.Failed) message).message());
    }

    /** Tells the worker a run ended; it drops the run's in-memory values. */
    public void runEnded(String runId) {
        try {
            channel.send(new WorkerMessage.RunEnded(runId));
        } catch (IOException e) {
            // a dead worker holds no values
        }
    }

    /**
     * Runs {@code step} in the worker and waits for it. An interrupt of this thread cancels it:
     * the worker interrupts the step, and if it has not ended within the grace period the worker
     * is killed. Never throws.
     */
    public StepOutcome runStep(String runId, PlannedStep step, RunLog log) {
        long id = ids.incrementAndGet();
        String what = "computing `" + step.key() + "`";
        Map<String, List<String>> inputPartitions = new LinkedHashMap<>();
        step.inputPartitions().forEach((k, v) -> inputPartitions.put(k.toString(), v));
        Map<String, Object> config = step.config() instanceof UnboundConfig unbound ? unbound.values() : null;
        CompletableFuture<WorkerMessage> answer = register(id, what, log);
        send(new WorkerMessage.RunStep(
                id,
                runId,
                step.key().asset().toString(),
                step.key().partition(),
                inputPartitions,
                config,
                step.checks(),
                step.checksOnly()));
        try {
            return outcome(answer.get());
        } catch (InterruptedException e) {
            return cancel(id, step, answer);
        } catch (ExecutionException e) {
            return StepOutcome.failed(StepOutcome.SETUP, e.getCause().getMessage(), "");
        }
    }

    private StepOutcome cancel(long id, PlannedStep step, CompletableFuture<WorkerMessage> answer) {
        try {
            send(new WorkerMessage.CancelStep(id));
            Duration grace = settings.cancelGrace();
            long deadline = System.nanoTime() + grace.toNanos();
            while (true) {
                try {
                    return outcome(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (InterruptedException again) {
                    // already canceling; keep to the grace period
                } catch (TimeoutException timeout) {
                    kill("was stopped because `" + step.key() + "` did not stop within " + grace.toMillis() / 1000.0
                            + " s of its cancel");
                    return awaitAfterKill(answer);
                } catch (ExecutionException e) {
                    return StepOutcome.failed(StepOutcome.SETUP, e.getCause().getMessage(), "");
                }
            }
        } finally {
            Thread.currentThread().interrupt();
        }
    }

    private StepOutcome awaitAfterKill(CompletableFuture<WorkerMessage> answer) {
        while (true) {
            try {
                return outcome(answer.get(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                // the kill is under way
            } catch (ExecutionException e) {
                return StepOutcome.failed(StepOutcome.SETUP, e.getCause().getMessage(), "");
            } catch (TimeoutException e) {
                return StepOutcome.failed(StepOutcome.SETUP, "the worker did not stop after it was killed", "");
            }
        }
    }

    private static StepOutcome outcome(WorkerMessage answer) {
        if (answer instanceof WorkerMessage.StepEnded ended) {
            StepStatus status = StepStatus.valueOf(ended.status());
            StepOutcome outcome =
                    switch (status) {
                        case SUCCEEDED -> StepOutcome.materialized(ended.metadata());
                        case NOT_MATERIALIZED -> StepOutcome.notMaterialized();
                        default -> StepOutcome.failed(ended.phase(), ended.message(), ended.stackTrace());
                    };
            return outcome.withChecks(CheckEvaluations.fromJson(ended.checks()));
        }
        WorkerMessage.Failed failed = (WorkerMessage.Failed) answer;
        return StepOutcome.failed(StepOutcome.SETUP, failed.message(), failed.stackTrace());
    }

    /** Kills the worker; what it was doing fails with {@code reason} ("was stopped because …"). */
    public void kill(String reason) {
        stopReason = reason;
        process.destroyForcibly();
        closeSocket(); // the reader ends at once, whatever the process takes to go
    }

    /** Asks the worker to exit, and kills it if it has not within two seconds. */
    @Override
    public void close() {
        if (stopReason == null) {
            stopReason = "was closed";
        }
        if (process.isAlive()) {
            try {
                channel.send(new WorkerMessage.Shutdown());
                if (process.waitFor(2, TimeUnit.SECONDS)) {
                    closeSocket();
                    return;
                }
            } catch (IOException e) {
                // already going
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
        closeSocket();
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private WorkerMessage ask(long id, String what, RunLog log, WorkerMessage request) {
        CompletableFuture<WorkerMessage> answer = register(id, what, log);
        send(request);
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.remove(id);
            throw new WorkerException("interrupted while " + what);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    private CompletableFuture<WorkerMessage> register(long id, String what, RunLog log) {
        CompletableFuture<WorkerMessage> answer = new CompletableFuture<>();
        pending.put(id, new Pending(what, answer, log));
        if (deathCause != null && pending.remove(id) != null) {
            answer.completeExceptionally(new WorkerException("worker " + deathCause + " before " + what));
        }
        return answer;
    }

    private void send(WorkerMessage message) {
        try {
            channel.send(message);
        } catch (IOException e) {
            // the reader sees the stream end and fails what is waiting, with the reason
        }
    }

    private void readAnswers() {
        try {
            while (true) {
                WorkerMessage message = channel.receive();
                if (message instanceof WorkerMessage.StepLogged logged) {
                    Pending p = pending.get(logged.id());
                    if (p != null && p.log() != null) {
                        p.log().log(RunLog.Level.valueOf(logged.level()), logged.message());
                    }
                } else {
                    Pending p = pending.remove(idOf(message));
                    if (p != null) {
                        p.answer().complete(message);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            died();
        }
    }

    private static long idOf(WorkerMessage message) {
        if (message instanceof WorkerMessage.DefinitionsLoaded m) {
            return m.id();
        } else if (message instanceof WorkerMessage.Failed m) {
            return m.id();
        } else if (message instanceof WorkerMessage.StepEnded m) {
            return m.id();
        } else if (message instanceof WorkerMessage.ValuePreviewed m) {
            return m.id();
        } else if (message instanceof WorkerMessage.SensorEvaluated m) {
            return m.id();
        }
        return -1;
    }

    /** The stream ended: find out how the worker died and fail whatever waits on it. */
    private void died() {
        deathCause = describeDeath();
        LOG.info("worker {} {}", process.pid(), deathCause);
        for (Long id : List.copyOf(pending.keySet())) {
            Pending p = pending.remove(id);
            if (p != null) {
                p.answer().completeExceptionally(new WorkerException("worker " + deathCause + " while " + p.what()));
            }
        }
    }

    private String describeDeath() {
        int code;
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            code = process.exitValue();
            outputReader.join(1000);
        } catch (InterruptedException | IllegalThreadStateException e) {
            Thread.currentThread().interrupt();
            return "stopped answering";
        }
        if (stopReason != null) {
            return stopReason;
        }
        if (sawOutOfMemory) {
            return "ran out of memory" + (settings.heap() == null ? "" : " (-Xmx" + settings.heap() + ")")
                    + " and exited with code " + code;
        }
        if (code == 137 || code == 143) {
            return "was killed (exit code " + code + ")";
        }
        String last = lastOutputLine();
        return "exited with code " + code + (last.isEmpty() ? "" : " (" + last + ")");
    }

    private String lastOutputLine() {
        synchronized (outputTail) {
            return outputTail.isEmpty() ? "" : outputTail.peekLast();
        }
    }

    /** The last lines the worker printed (its logs and what the project printed). */
    public List<String> outputTail() {
        synchronized (outputTail) {
            return List.copyOf(outputTail);
        }
    }

    /** One line the worker printed (stdout and stderr: its logs, the JVM's, the project's prints). */
    private void outputLine(String line) {
        if (line.contains("OutOfMemoryError")) {
            sawOutOfMemory = true;
        }
        LOG.debug("worker {}: {}", process.pid(), line);
        synchronized (outputTail) {
            if (outputTail.size() == OUTPUT_LINES) {
                outputTail.removeFirst();
            }
            outputTail.addLast(line);
        }
    }
}
