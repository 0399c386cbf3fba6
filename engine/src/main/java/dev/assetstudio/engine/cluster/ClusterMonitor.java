package dev.assetstudio.engine.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A read-only client of a cluster: which workers it has and which steps each runs now, whoever
 * handed them out (the studio, a command line, another studio). Connecting blocks for at most the
 * timeout given, so call it off any UI thread; {@link #probe} says whether a cluster answers.
 *
 * <pre>{@code
 * try (ClusterMonitor monitor = ClusterMonitor.connect(ClusterSettings.local("local"), Duration.ofSeconds(2))) {
 *     monitor.members().forEach(m -> System.out.println(m.name() + " runs " + m.running()));
 * }
 * }</pre>
 */
public final class ClusterMonitor implements AutoCloseable {
    private static final long ANSWER_MILLIS = 2000;
    /** Departed workers kept, newest first. */
    static final int DEPARTED_KEPT = 10;

    private final ClusterSettings settings;
    private final HazelcastInstance client;
    private final Deque<DepartedWorker> departed = new ArrayDeque<>();

    private ClusterMonitor(ClusterSettings settings, HazelcastInstance client) {
        this.settings = settings;
        this.client = client;
        client.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                synchronized (departed) {
                    // a worker back at the same address (restarted) is no longer gone
                    departed.removeIf(d -> d.name().equals(ClusterMember.nameOf(event.getMember())));
                }
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                synchronized (departed) {
                    departed.addFirst(new DepartedWorker(ClusterMember.nameOf(event.getMember()), Instant.now()));
                    while (departed.size() > DEPARTED_KEPT) {
                        departed.removeLast();
                    }
                }
            }
        });
    }

    /** The workers that left since this monitor connected, newest first (at most {@value #DEPARTED_KEPT}). */
    public List<DepartedWorker> departed() {
        synchronized (departed) {
            return List.copyOf(departed);
        }
    }

    /**
     * Joins {@code settings}' cluster as a client, trying for at most {@code timeout}.
     *
     * @throws ClusterException when no member answers in time
     */
    public static ClusterMonitor connect(ClusterSettings settings, Duration timeout) {
        var config = HazelcastConfigs.client(settings, timeout.toMillis());
        // a monitor's client starts and stops at every probe, and a cluster not there is an answer:
        // its lifecycle and connection lines would only fill the studio's log
        config.setProperty("hazelcast.logging.type", "none");
        try {
            HazelcastCallbacks.install();
            return new ClusterMonitor(settings, HazelcastClient.newHazelcastClient(config));
        } catch (RuntimeException e) {
            throw new ClusterException(
                    "no worker of cluster '" + settings.name() + "' answered at " + String.join(",", settings.join())
                            + " within " + timeout.toMillis() + " ms",
                    e);
        }
    }

    /** The number of workers of {@code settings}' cluster, or 0 when none answers within {@code timeout}. */
    public static int probe(ClusterSettings settings, Duration timeout) {
        try (ClusterMonitor monitor = connect(settings, timeout)) {
            return monitor.members().size();
        } catch (ClusterException e) {
            return 0;
        }
    }

    public ClusterSettings settings() {
        return settings;
    }

    /** Whether the client is still connected to the cluster. */
    public boolean connected() {
        return client.getLifecycleService().isRunning()
                && !client.getCluster().getMembers().isEmpty();
    }

    /**
     * The workers now, in address order, each with the steps it runs, oldest first. A worker that
     * does not answer within {@value #ANSWER_MILLIS} ms (it is leaving, or too busy) is listed
     * running nothing.
     */
    public List<ClusterMember> members() {
        List<Member> members = new ArrayList<>(client.getCluster().getMembers());
        Map<Member, Future<ArrayList<RunningStep>>> asked = new HashMap<>();
        try {
            asked.putAll(
                    client.getExecutorService(HazelcastConfigs.QUERIES).submitToAllMembers(new RunningStepsQuery()));
        } catch (RuntimeException e) {
            // the cluster is changing under us: the members are what we know, running nothing
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ANSWER_MILLIS);
        members.sort(Comparator.comparing(m -> m.getAddress().toString()));
        List<ClusterMember> result = new ArrayList<>();
        for (Member m : members) {
            List<RunningStep> steps = answer(asked.get(m), deadline);
            String address = m.getAddress().getHost() + ":" + m.getAddress().getPort();
            result.add(new ClusterMember(ClusterMember.nameOf(m), address, steps));
        }
        return result;
    }

    private static List<RunningStep> answer(Future<ArrayList<RunningStep>> future, long deadline) {
        if (future == null) {
            return List.of();
        }
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
