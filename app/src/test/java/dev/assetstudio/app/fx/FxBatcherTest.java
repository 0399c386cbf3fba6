package dev.assetstudio.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxBatcherTest {

    private static final int EVENTS = 10_000;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void tenThousandEventsFromAWorkerArriveOnTheFxThreadInFewBatchesAllInOrder() throws Exception {
        List<Integer> received = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        var offThread = new AtomicBoolean();
        var allArrived = new CountDownLatch(1);
        var batcher = new FxBatcher<Integer>(
                batch -> {
                    if (!Platform.isFxApplicationThread()) {
                        offThread.set(true);
                    }
                    batchSizes.add(batch.size());
                    received.addAll(batch);
                    if (received.size() == EVENTS) {
                        allArrived.countDown();
                    }
                },
                Duration.ofMillis(50));

        var worker = new Thread(() -> {
            for (int i = 0; i < EVENTS; i++) {
                batcher.offer(i);
                if (i % 1000 == 0) {
                    sleep(15); // a run emits in bursts; batches must still stay few
                }
            }
        });
        worker.start();

        assertTrue(allArrived.await(10, TimeUnit.SECONDS), "all events arrive");
        assertEquals(IntStream.range(0, EVENTS).boxed().toList(), received, "every event, once, in order");
        assertTrue(batchSizes.size() < 100, "far fewer FX callbacks than events: " + batchSizes.size());
        assertTrue(!offThread.get(), "batches are delivered on the FX thread");
    }

    @Test
    void flushNowDeliversWhatIsQueuedWithoutWaiting() {
        List<List<String>> batches = new ArrayList<>();
        Runnable neverRuns = () -> {};
        var batcher = new FxBatcher<String>(batches::add, Duration.ofHours(1), task -> neverRuns.run());

        batcher.offer("a");
        batcher.offer("b");
        assertEquals(2, batcher.pending());

        batcher.flushNow();
        assertEquals(List.of(List.of("a", "b")), batches);
        assertEquals(0, batcher.pending());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
