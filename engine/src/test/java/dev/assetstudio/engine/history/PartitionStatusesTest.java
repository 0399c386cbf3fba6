package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.run.StepEventType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionStatusesTest {
    static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    static final AssetKey DAILY = AssetKey.of("daily");

    @TempDir
    Path dir;

    static Instant t(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void latestEventPerPartitionDecides() {
        try (HistoryStore store = SqliteHistoryStore.open(dir.resolve("history.db"))) {
            // d1: materialized twice; the newest counts
            store.materialization("r1", "daily", "d1", t(10), 1_000, null, Map.of());
            store.materialization("r2", "daily", "d1", t(20), 2_000, null, Map.of());
            // d2: materialized, then a later run failed it
            store.materialization("r1", "daily", "d2", t(10), 1_000, null, Map.of());
            store.stepEvent("r3", "daily", "d2", StepEventType.STARTED, t(30), null);
            store.stepEvent("r3", "daily", "d2", StepEventType.FAILED, t(33), "boom");
            // d3: failed, then repaired by a later materialization
            store.stepEvent("r1", "daily", "d3", StepEventType.STARTED, t(5), null);
            store.stepEvent("r1", "daily", "d3", StepEventType.FAILED, t(6), "boom");
            store.materialization("r4", "daily", "d3", t(40), 500, null, Map.of());
            // d4: only ever failed, and its start was not recorded
            store.stepEvent("r5", "daily", "d4", StepEventType.FAILED, t(50), "boom");
            // noise that must not count: another asset, an unpartitioned materialization, a skip
            store.stepEvent("r6", "other", "d1", StepEventType.FAILED, t(99), null);
            store.materialization("r6", "daily", null, t(60), 1, null, Map.of());
            store.stepEvent("r6", "daily", "d1", StepEventType.SKIPPED, t(61), null);
            store.flush();

            Map<String, PartitionStatus> statuses = store.partitionStatuses(DAILY);
            assertEquals(List.of("d1", "d2", "d3", "d4"), List.copyOf(statuses.keySet()));
            assertEquals(
                    new PartitionStatus(
                            "d1", PartitionStatus.State.MATERIALIZED, t(20), "r2", Duration.ofMillis(2_000)),
                    statuses.get("d1"));
            assertEquals(
                    new PartitionStatus("d2", PartitionStatus.State.FAILED, t(33), "r3", Duration.ofSeconds(3)),
                    statuses.get("d2"));
            assertEquals(
                    new PartitionStatus("d3", PartitionStatus.State.MATERIALIZED, t(40), "r4", Duration.ofMillis(500)),
                    statuses.get("d3"));
            assertEquals(
                    new PartitionStatus("d4", PartitionStatus.State.FAILED, t(50), "r5", null), statuses.get("d4"));
            assertEquals(Map.of(), store.partitionStatuses(AssetKey.of("unknown")));
        }
    }

    @Test
    void successAfterFailureThenFailureAgain() {
        try (HistoryStore store = SqliteHistoryStore.open(dir.resolve("history.db"))) {
            store.materialization("r1", "daily", "d1", t(1), 10, null, Map.of());
            store.flush();
            assertEquals(
                    PartitionStatus.State.MATERIALIZED,
                    store.partitionStatuses(DAILY).get("d1").state());
            store.stepEvent("r2", "daily", "d1", StepEventType.STARTED, t(2), null);
            store.stepEvent("r2", "daily", "d1", StepEventType.FAILED, t(4), "x");
            store.flush();
            assertEquals(
                    new PartitionStatus("d1", PartitionStatus.State.FAILED, t(4), "r2", Duration.ofSeconds(2)),
                    store.partitionStatuses(DAILY).get("d1"));
            store.materialization("r3", "daily", "d1", t(5), 10, null, Map.of());
            store.flush();
            assertEquals(
                    new PartitionStatus("d1", PartitionStatus.State.MATERIALIZED, t(5), "r3", Duration.ofMillis(10)),
                    store.partitionStatuses(DAILY).get("d1"));
        }
    }
}
