package dev.assetstudio.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.internal.util.ConcurrencyUtil;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hazelcast's callbacks (how a step's result reaches the thread waiting for it) run on pooled
 * threads once a coordinator or worker started, never on a thread started for each one, whatever
 * the number of cores.
 */
class HazelcastCallbacksTest {
    @Test
    void callbacksRunOnPooledThreads() throws Exception {
        HazelcastCallbacks.install();
        assertTrue(HazelcastCallbacks.reusesThreads());
        for (int i = 0; i < 3; i++) {
            CompletableFuture<Thread> ranOn = new CompletableFuture<>();
            ConcurrencyUtil.getDefaultAsyncExecutor().execute(() -> ranOn.complete(Thread.currentThread()));
            Thread thread = ranOn.get(30, TimeUnit.SECONDS);
            assertTrue(
                    thread instanceof ForkJoinWorkerThread
                            || thread.getName().startsWith("asset-studio-hazelcast-callback-"),
                    "ran on " + thread.getName() + ", a thread started for it");
        }
    }
}
