package dev.assetstudio.engine.cluster;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import dev.assetstudio.engine.run.StepPhases;
import dev.assetstudio.engine.worker.WorkerMessage;
import dev.assetstudio.engine.worker.WorkerService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A worker member of a cluster: a Hazelcast member that runs the {@link StepTask}s it is handed.
 * It fetches each project jar the coordinator published, checks its SHA-256, caches it under that
 * checksum and loads it once per checksum (and storage folder) in a {@link WorkerService}: a
 * rebuilt jar has another checksum, so a worker never runs a stale version.
 *
 * <pre>{@code
 * try (ClusterWorker worker = ClusterWorker.start(ClusterSettings.local("local"), 5701, 4, cacheDir)) {
 *     worker.awaitShutdown();
 * }
 * }</pre>
 */
public final class ClusterWorker implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The CPU time of the thread running a step: where a step's time goes whatever the machine's load. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final HazelcastInstance member;
    private final Path cache;
    private final String name;
    private final Map<String, Loaded> projects = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, RunningStep> running = new ConcurrentHashMap<>();

    private ClusterWorker(HazelcastInstance member, Path cache) {
        this.member = member;
        this.cache = cache;
        var address = member.getCluster().getLocalMember().getAddress();
        this.name = ProcessHandle.current().pid() + "@" + address.getHost() + ":" + address.getPort();
    }

    /**
     * Starts a member of {@code cluster} on 127.0.0.1 at {@code port} (or the next free one), running
     * up to {@code threads} steps at once, caching jars in {@code cache}.
     */
    public static ClusterWorker start(ClusterSettings cluster, int port, int threads, Path cache) {
        return start(cluster, WorkerNetwork.loopback(), port, threads, cache);
    }

    /** Like {@link #start(ClusterSettings, int, int, Path)}, listening and found as {@code network} says. */
    public static ClusterWorker start(
            ClusterSettings cluster, WorkerNetwork network, int port, int threads, Path cache) {
        try {
            Files.createDirectories(cache);
        } catch (IOException e) {
            throw new ClusterException("cannot create the jar cache " + cache + ": " + e.getMessage(), e);
        }
        HazelcastCallbacks.install();
        var config = HazelcastConfigs.member(cluster, network, port, threads);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        ClusterWorker worker = new ClusterWorker(member, cache);
        member.getUserContext().put(HazelcastConfigs.WORKER, worker);
        member.<String>getTopic(HazelcastConfigs.RUN_ENDS)
                .addMessageListener(message -> worker.runEnded(message.getMessageObject()));
        return worker;
    }

    /** {@code pid@host:port}: how steps name the worker that ran them. */
    public String name() {
        return name;
    }

    /** The members of the cluster this worker sees, itself included. */
    public int clusterSize() {
        return member.getCluster().getMembers().size();
    }

    StepResult run(StepTask task) {
        long received = WorkerTimes.now();
        long cpuAtReceipt = CPU.getCurrentThreadCpuTime();
        String unreachable = unreachable(Path.of(task.storage));
        if (unreachable != null) {
            return new StepResult(
                    name,
                    "FAILED",
                    "{}",
                    "SETUP",
                    "worker " + name + " cannot reach the storage path " + task.storage + ": " + unreachable
                            + "; every worker needs the coordinator's storage at the same path (a shared mount)",
                    null,
                    null,
                    List.of(),
                    List.of(),
                    WorkerTimes.NONE);
        }
        long id = ids.incrementAndGet();
        // running from now, loading the jar included (the first step of a new jar waits for that)
        running.put(
                id,
                new RunningStep(
                        name,
                        member.getCluster().getLocalMember().getUuid().toString(),
                        task.runId,
                        task.asset,
                        task.partition,
                        System.currentTimeMillis()));
        Loaded project = null;
        try {
            project = projects.computeIfAbsent(task.checksum + "|" + task.storage, k -> load(task));
            ITopic<LogLine> live = task.logTopic == null ? null : member.getTopic(task.logTopic);
            Attempt attempt = new Attempt(task.taskId, live);
            project.open(id, attempt);
            Map<String, Object> config = task.configJson == null
                    ? null
                    : JSON.readValue(task.configJson, new TypeReference<Map<String, Object>>() {});
            long started = WorkerTimes.now();
            StepPhases phases = StepPhases.record();
            try {
                // on this executor thread: no hand-over to another thread and back per step
                project.service.runStepHere(new WorkerMessage.RunStep(
                        id,
                        task.runId,
                        task.asset,
                        task.partition,
                        new java.util.LinkedHashMap<>(task.inputPartitions),
                        config,
                        List.copyOf(task.checks),
                        task.checksOnly));
            } finally {
                phases.close();
            }
            WorkerMessage.StepEnded ended = attempt.ended;
            if (ended == null) {
                throw new IllegalStateException("worker " + name + " ran `" + task.asset + "` but it never ended");
            }
            long end = WorkerTimes.now();
            String metadataJson = JSON.writeValueAsString(ended.metadata());
            String checksJson =
                    ended.checks() == null || ended.checks().isEmpty() ? null : JSON.writeValueAsString(ended.checks());
            long cpuMicros = (CPU.getCurrentThreadCpuTime() - cpuAtReceipt) / 1000;
            return new StepResult(
                    name,
                    ended.status(),
                    metadataJson,
                    ended.phase(),
                    ended.message(),
                    ended.stackTrace(),
                    checksJson,
                    List.copyOf(attempt.levels),
                    List.copyOf(attempt.messages),
                    new WorkerTimes(
                            received,
                            started,
                            phases.inputsLoaded(),
                            phases.computed(),
                            phases.stored(),
                            end,
                            WorkerTimes.now(),
                            cpuMicros));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (project != null) {
                project.close(id);
            }
            running.remove(id);
        }
    }

    /** The steps this worker runs now, oldest first: what {@link RunningStepsQuery} answers. */
    List<RunningStep> runningSteps() {
        List<RunningStep> steps = new ArrayList<>(running.values());
        steps.sort(java.util.Comparator.comparingLong(RunningStep::startedAtMillis));
        return steps;
    }

    /**
     * Why this worker cannot use {@code storage}, or null when it can. The coordinator creates it
     * before handing out steps, so on a worker that shares it, it is there: a missing folder is a
     * missing mount, never one to create here (values written there would be seen by no one else).
     */
    private static String unreachable(Path storage) {
        if (!Files.exists(storage)) {
            return "no such directory on this machine (is the shared storage mounted here?)";
        }
        if (!Files.isDirectory(storage)) {
            return "not a directory";
        }
        if (!Files.isWritable(storage)) {
            return "not writable by this worker's user";
        }
        return null;
    }

    private Loaded load(StepTask task) {
        Path jar = cache.resolve(task.checksum + ".jar");
        try {
            if (!Files.isRegularFile(jar)) {
                IMap<String, byte[]> jars = member.getMap(HazelcastConfigs.JARS);
                byte[] bytes = jars.get(task.checksum);
                if (bytes == null) {
                    throw new ClusterException("jar " + task.jarName + " (sha-256 " + task.checksum
                            + ") was not published to the cluster");
                }
                String actual = JarChecksum.of(bytes);
                if (!actual.equals(task.checksum)) {
                    throw new ClusterException("jar " + task.jarName + " arrived with sha-256 " + actual
                            + ", not the published " + task.checksum);
                }
                Path part = Files.createTempFile(cache, task.checksum, ".part");
                Files.write(part, bytes);
                Files.move(part, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Loaded loaded = new Loaded(Path.of(task.storage));
            long id = ids.incrementAndGet();
            BlockingQueue<WorkerMessage> inbox = new LinkedBlockingQueue<>();
            loaded.open(id, inbox::add);
            loaded.service.handle(new WorkerMessage.LoadDefinitions(id, jar.toString(), task.jarName));
            WorkerMessage answer = inbox.take();
            loaded.close(id);
            if (answer instanceof WorkerMessage.Failed failed) {
                throw new ClusterException("worker " + name + " cannot load " + task.jarName + ": " + failed.message());
            }
            return loaded;
        } catch (IOException e) {
            throw new ClusterException("worker " + name + " cannot cache " + task.jarName + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("worker " + name + " was interrupted loading " + task.jarName, e);
        }
    }

    /** A coordinator said run {@code runId} ended: every loaded jar drops what it kept for the run. */
    void runEnded(String runId) {
        for (Loaded loaded : projects.values()) {
            try {
                loaded.service.handle(new WorkerMessage.RunEnded(runId));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // handled in place: a run's end sends nothing
            }
        }
    }

    /** Runs whose multi-asset results this worker still keeps (none once their coordinators said they ended). */
    int keptRuns() {
        return projects.values().stream().mapToInt(l -> l.service.keptRuns()).sum();
    }

    /** Blocks until this member shuts down. */
    public void awaitShutdown() throws InterruptedException {
        while (member.getLifecycleService().isRunning()) {
            synchronized (this) {
                wait(1000);
            }
        }
    }

    @Override
    public void close() {
        member.shutdown();
    }

    /**
     * What one attempt's step sent while it ran on this thread: its log lines, published live to
     * the coordinator as they come, and how it ended.
     */
    private static final class Attempt implements java.util.function.Consumer<WorkerMessage> {
        final String taskId;
        final ITopic<LogLine> live;
        final List<String> levels = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        volatile WorkerMessage.StepEnded ended;

        Attempt(String taskId, ITopic<LogLine> live) {
            this.taskId = taskId;
            this.live = live;
        }

        @Override
        public synchronized void accept(WorkerMessage m) {
            if (m instanceof WorkerMessage.StepLogged logged) {
                if (live != null) {
                    // the coordinator writes it now; the result repeats it in case this one is late
                    live.publish(new LogLine(taskId, levels.size(), logged.level(), logged.message()));
                }
                levels.add(logged.level());
                messages.add(logged.message());
            } else if (m instanceof WorkerMessage.StepEnded e) {
                ended = e;
            }
        }
    }

    /** One loaded jar: the service running its steps, and where each request's answers go. */
    private static final class Loaded {
        final Map<Long, java.util.function.Consumer<WorkerMessage>> handlers = new ConcurrentHashMap<>();
        final WorkerService service;

        Loaded(Path storage) {
            this.service = new WorkerService(this::deliver, storage);
        }

        void open(long id, java.util.function.Consumer<WorkerMessage> handler) {
            handlers.put(id, handler);
        }

        void close(long id) {
            handlers.remove(id);
        }

        private void deliver(WorkerMessage message) {
            long id = -1;
            if (message instanceof WorkerMessage.StepLogged m) {
                id = m.id();
            } else if (message instanceof WorkerMessage.StepEnded m) {
                id = m.id();
            } else if (message instanceof WorkerMessage.DefinitionsLoaded m) {
                id = m.id();
            } else if (message instanceof WorkerMessage.Failed m) {
                id = m.id();
            }
            var handler = handlers.get(id);
            if (handler != null) {
                handler.accept(message);
            }
        }
    }
}
