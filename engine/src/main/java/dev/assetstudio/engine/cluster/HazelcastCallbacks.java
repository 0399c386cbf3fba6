package dev.assetstudio.engine.cluster;

import com.hazelcast.internal.util.ConcurrencyUtil;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where Hazelcast runs its futures' callbacks in this JVM (a step's result reaching the thread
 * that waits for it goes through one). Hazelcast uses the common fork-join pool, unless that has a
 * single thread, as on a machine of 2 cores: then it starts a new thread per callback, so every
 * step would start and end a thread on the coordinator and on its worker. A cached pool of daemon
 * threads runs them the same way, reusing its threads.
 */
final class HazelcastCallbacks {
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
        ConcurrencyUtil.setDefaultAsyncExecutor(pool);
    }

    /** Whether Hazelcast's callbacks run on reused threads in this JVM. */
    static boolean reusesThreads() {
        return ConcurrencyUtil.getDefaultAsyncExecutor() instanceof ExecutorService;
    }
}
