package dev.assetstudio.engine.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import dev.assetstudio.engine.run.StepRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The coordinator's side of a cluster: a Hazelcast client of the workers' cluster that published
 * the project jar (bytes under their SHA-256) and hands steps to the members, least busy first.
 *
 * <pre>{@code
 * try (ClusterCoordinator c = ClusterCoordinator.connect(ClusterSettings.local("local"), jar)) {
 *     executor.submit(plan, c.stepRunner(storage), listeners);
 * }
 * }</pre>
 */
public final class ClusterCoordinator implements AutoCloseable {
    private static final long CONNECT_MILLIS = 10_000;
    /**
     * Steps a worker is handed beyond its threads while no worker has a free one: they wait in its
     * own queue and start as its thread frees, not a round trip later (the answer's way back, the
     * hand-out here and the task's way there, 1 to 2 ms a step during which the thread would idle).
     */
    static final int QUEUED = 1;

    private final ClusterSettings settings;
    private final HazelcastInstance client;
    private final String checksum;
    private final String jarName;
    private final Set<UUID> lost = ConcurrentHashMap.newKeySet();
    private final WorkerSlots<Member> slots =
            new WorkerSlots<>(this::workers, Member::getUuid, ClusterCoordinator::threads, QUEUED);
    private final Map<String, LiveLog> liveLogs = new ConcurrentHashMap<>();
    private final String logTopic;
    private final StepTimings timings = new StepTimings();

    private ClusterCoordinator(ClusterSettings settings, HazelcastInstance client, String checksum, String jarName) {
        this.settings = settings;
        this.client = client;
        this.checksum = checksum;
        this.jarName = jarName;
        // this coordinator's own topic: workers publish its steps' log lines there as they are written
        this.logTopic = HazelcastConfigs.LOGS + "." + client.getLocalEndpoint().getUuid();
        client.<LogLine>getTopic(logTopic).addMessageListener(message -> {
            LogLine line = message.getMessageObject();
            LiveLog log = liveLogs.get(line.taskId());
            if (log != null) {
                log.arrived(line);
            }
        });
        client.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                slots.workersChanged();
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                lost.add(event.getMember().getUuid());
                slots.workersChanged();
            }
        });
    }

    /**
     * Joins {@code settings}' cluster as a client and publishes {@code jar} to it.
     *
     * @throws ClusterException when no member answers or the jar cannot be read
     */
    public static ClusterCoordinator connect(ClusterSettings settings, Path jar) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new ClusterException("cannot read " + jar + " to publish it to cluster " + settings.name(), e);
        }
        HazelcastCallbacks.install();
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(HazelcastConfigs.client(settings, CONNECT_MILLIS));
        } catch (RuntimeException e) {
            throw new ClusterException(
                    "no worker of cluster '" + settings.name() + "' answered at " + String.join(",", settings.join())
                            + " within " + CONNECT_MILLIS / 1000 + " s; start some with `asset-studio cluster local"
                            + " --name " + settings.name() + "` or `asset-studio worker --cluster " + settings.name()
                            + " --join HOST:PORT`",
                    e);
        }
        String checksum = JarChecksum.of(bytes);
        try {
            client.<String, byte[]>getMap(HazelcastConfigs.JARS).set(checksum, bytes);
        } catch (RuntimeException e) {
            client.shutdown();
            throw new ClusterException("cannot publish " + jar.getFileName() + " to cluster " + settings.name(), e);
        }
        return new ClusterCoordinator(
                settings, client, checksum, jar.getFileName().toString());
    }

    public ClusterSettings settings() {
        return settings;
    }

    /** The SHA-256 of the published jar: the version every worker runs. */
    public String checksum() {
        return checksum;
    }

    /**
     * Runs steps on the cluster's workers; the default {@code io_manager} stores in {@code storage},
     * created here first (on a shared mount, that is where the workers find it).
     *
     * @throws ClusterException when {@code storage} cannot be created
     */
    public StepRunner stepRunner(Path storage) {
        Path path = storage.toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new ClusterException(
                    "cannot create the storage path " + path + " for cluster " + settings.name() + ": "
                            + e.getMessage(),
                    e);
        }
        return new ClusterStepRunner(this, path.toString());
    }

    /** Where the latest steps' time went, coordinator and worker side. */
    public StepTimings timings() {
        return timings;
    }

    /** The workers now in the cluster (members this coordinator has not seen leave). */
    public List<Member> workers() {
        return client.getCluster().getMembers().stream()
                .filter(m -> !lost.contains(m.getUuid()))
                .toList();
    }

    String jarName() {
        return jarName;
    }

    String logTopic() {
        return logTopic;
    }

    /** Writes the live lines of attempt {@code taskId} to {@code log} until {@link #closeLog}. */
    LiveLog openLog(String taskId, dev.assetstudio.api.RunLog log) {
        LiveLog live = new LiveLog(log);
        liveLogs.put(taskId, live);
        return live;
    }

    void closeLog(String taskId) {
        LiveLog live = liveLogs.remove(taskId);
        if (live != null) {
            live.close();
        }
    }

    IExecutorService executor() {
        return client.getExecutorService(HazelcastConfigs.STEPS);
    }

    /**
     * The least busy worker with a free thread, waiting (interruptibly) while there is none; {@code
     * onWait} runs once if it waits because the cluster has no worker at all. A worker takes no more
     * steps than it has threads (its {@code --threads}) plus {@link #QUEUED} queued while every
     * thread anywhere is busy, so a step waits here for the first free one rather than deep in one
     * worker's queue; waiting steps get freed threads in the order they asked, handed over by
     * whoever frees one (see {@link WorkerSlots}), and a worker that joins takes waiting steps at once.
     * When no thread or queue place is free at once, {@code onQueued} hears why in words (every
     * worker's threads are busy, or the cluster has no worker) before the step waits.
     */
    Member claimWorker(Runnable onWait, java.util.function.Consumer<String> onQueued) throws InterruptedException {
        WorkerSlots.Claim<Member> claim = slots.claim(onWait);
        if (!claim.granted.isDone()) {
            onQueued.accept(waitReason(workers().size()));
        }
        try {
            return claim.granted.get();
        } catch (InterruptedException e) {
            slots.withdraw(claim);
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a worker claim cannot fail", e);
        }
    }

    /** Why a step waits, in words, when the cluster has {@code workers} workers now. */
    String waitReason(int workers) {
        return workers == 0
                ? "waiting for a worker: cluster '" + settings.name() + "' has none"
                : "waiting for a worker: every thread of cluster '" + settings.name() + "' (" + workers
                        + (workers == 1 ? " worker" : " workers") + ") is busy";
    }

    /** How many steps {@code member} runs at once, as it says; a member that does not say is not limited. */
    private static int threads(Member member) {
        String threads = member.getAttribute(HazelcastConfigs.THREADS);
        try {
            return threads == null ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(threads));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Gives back the thread of {@code member} that {@link #claimWorker} handed out. */
    void release(Member member) {
        slots.release(member);
    }

    /** Tells every worker that run {@code runId} ended, so that it drops what it kept for the run. */
    void runEnded(String runId) {
        try {
            client.<String>getTopic(HazelcastConfigs.RUN_ENDS).publish(runId);
        } catch (RuntimeException e) {
            // a cluster that is gone, or this client shut down: no worker keeps anything of the run
        }
    }

    /** Forgets {@code member} for new steps: it left while running one. */
    void lost(Member member) {
        lost.add(member.getUuid());
    }

    @Override
    public void close() {
        client.getTopic(logTopic).destroy();
        client.shutdown();
    }
}
