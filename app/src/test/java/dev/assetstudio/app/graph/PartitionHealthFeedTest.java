package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph's partition health bars follow history, on the cereal example (daily 2024-01-01..14). */
class PartitionHealthFeedTest {
    private static final AssetKey DAILY_PRICES = AssetKey.of("dailyPrices");

    @TempDir
    Path home;

    private Project project;

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void partitionedCardsGetTheirSharesAndFollowABackfill() {
        project = TestProjects.openCereal(home);
        // Run events reach the session through this queue, drained on the test thread as the FX thread
        // would: delivered straight from the batcher's thread they would race the test's own refresh.
        var fxThread = new java.util.concurrent.ConcurrentLinkedQueue<Runnable>();
        StudioSession session = new StudioSession(BackgroundTasks.synchronous(), fxThread::add);
        Map<AssetKey, PartitionBar> bars = new HashMap<>();
        new PartitionHealthFeed(session, bars::put);

        session.setProject(project);
        assertEquals(new PartitionBar(0, 0, 1, 0, 14), bars.get(DAILY_PRICES));
        assertEquals("0/14", bars.get(DAILY_PRICES).counts());
        assertTrue(bars.containsKey(AssetKey.of("warehouse", "manufacturerLineup")), bars::toString);
        assertFalse(bars.containsKey(AssetKey.of("cereals")), "an unpartitioned asset has no bar");

        var run = project.materialize(
                AssetSelection.parse("dailyPrices"),
                RunRequest.builder().partitionRange("2024-01-01", "2024-01-07").build());
        assertTrue(run.succeeded(), run::toString);
        assertEquals(7, project.history().partitionStatuses(DAILY_PRICES).size());
        session.flushRunEvents();
        for (Runnable task; (task = fxThread.poll()) != null; ) {
            task.run();
        }
        session.refreshStatuses(); // what a finished run does in the studio: history version moves on

        PartitionBar half = bars.get(DAILY_PRICES);
        assertEquals(7 / 14.0, half.materialized(), 1e-9);
        assertEquals(7 / 14.0, half.missing(), 1e-9);
        assertEquals(0, half.failed(), 1e-9);
        assertEquals("7/14", half.counts());
    }
}
