package dev.assetstudio.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Steps handed to a worker, and their answers, start no thread each on the coordinator: Hazelcast's
 * default executor for callbacks starts a thread per callback where the common pool has one thread
 * (2 cores), and the client's executor future uses it for every step. {@link HazelcastCallbacks}
 * pools those; our own callback runs on the thread that completed the future ({@link
 * ClusterStepRunner#whenAnswered}, public API). Only public API is used here: if a Hazelcast upgrade
 * moved the internal hook, this test fails and says so.
 */
class WhenAnsweredTest {
    /** A trivial task; the member runs it in this JVM, so no jar needs publishing. */
    static final class Answer implements Callable<Integer>, Serializable {
        @Override
        public Integer call() {
            return 42;
        }
    }

    @Test
    void answersReachTheirCallbacksWithoutAThreadStartedForEach() throws Exception {
        ClusterSettings settings = ClusterSettings.of(
                "answers-" + ProcessHandle.current().pid() + "-" + System.nanoTime(),
                "127.0.0.1:" + LocalWorkers.unusedPort());
        int port = Integer.parseInt(settings.join().get(0).split(":")[1]);
        HazelcastInstance member =
                Hazelcast.newHazelcastInstance(HazelcastConfigs.member(settings, WorkerNetwork.loopback(), port, 2));
        HazelcastInstance client = null;
        try {
            HazelcastCallbacks.install(); // as ClusterCoordinator.connect does
            client = HazelcastClient.newHazelcastClient(HazelcastConfigs.client(settings, 30_000));
            IExecutorService executor = client.getExecutorService(HazelcastConfigs.STEPS);
            Member target = client.getCluster().getMembers().iterator().next();
            // warm up: the member's and the client's own threads start once
            for (int i = 0; i < 10; i++) {
                answer(executor, target);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long before = threads.getTotalStartedThreadCount();
            int calls = 40;
            for (int i = 0; i < calls; i++) {
                Thread ranOn = answer(executor, target);
                assertTrue(
                        !ranOn.getName().startsWith("ForkJoinPool.commonPool"),
                        "not on Hazelcast's default executor: " + ranOn.getName());
            }
            long started = threads.getTotalStartedThreadCount() - before;
            assertTrue(started < calls / 4, started + " threads started for " + calls + " answers");
        } finally {
            if (client != null) {
                client.shutdown();
            }
            member.shutdown();
        }
    }

    /** Submits one task and gives the thread its callback ran on, once it ran. */
    private static Thread answer(IExecutorService executor, Member target) throws Exception {
        Future<Integer> future = executor.submitToMember(new Answer(), target);
        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        ClusterStepRunner.whenAnswered(future, () -> ranOn.complete(Thread.currentThread()));
        assertEquals(42, future.get(30, TimeUnit.SECONDS));
        return ranOn.get(30, TimeUnit.SECONDS);
    }
}
