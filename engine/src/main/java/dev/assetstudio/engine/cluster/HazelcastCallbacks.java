package dev.assetstudio.engine.cluster;

import com.hazelcast.internal.util.ConcurrencyUtil;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Hazelcast runs its futures' callbacks in this JVM. Hazelcast uses the common fork-join pool,
 * unless that has a single thread, as on a machine of 2 cores: then it starts a new thread per
 * callback. Our own callbacks say where they run through the public {@code CompletionStage} API
 * ({@link ClusterStepRunner#whenAnswered}), but the client's executor future registers one of its own
 * on Hazelcast's default executor as it is created (Hazelcast 5.7: {@code ClientDelegatingFuture}'s
 * constructor), for every step, and no public API reaches that one. So the default executor is set
 * here, once, to a cached pool of daemon threads.
 *
 * <p>That setter is Hazelcast's internal API: a Hazelcast that moved it costs the pooling, never a
 * run (the failure to link is caught and logged, and callbacks run as Hazelcast's default runs them);
 * {@code WhenAnsweredTest} then fails and says so.
 */
final class HazelcastCallbacks {
    private static final Logger LOG = LoggerFactory.getLogger(HazelcastCallbacks.class);
    private static boolean installed;

    private HazelcastCallbacks() {}

    /** Installs the pool once per JVM, where Hazelcast would start a thread per callback. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        if (ForkJoinPool.getCommonPoolParallelism() > 1) {
            return; // Hazelcast uses the common pool: threads are reused already
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "asset-studio-hazelcast-callback-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ConcurrencyUtil.setDefaultAsyncExecutor(pool);
        } catch (LinkageError e) {
            pool.shutdown();
            LOG.warn(
                    "this Hazelcast has no default async executor to set ({}); its callbacks start a thread each",
                    e.toString());
        }
    }
}
