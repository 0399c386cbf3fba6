package dev.assetstudio.app.partitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.history.PartitionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartitionHealthTest {
    private static final List<String> DAYS = PartitionsDefinition.daily(
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 15))
            .keys();

    static PartitionStatus status(String key, PartitionStatus.State state) {
        return new PartitionStatus(
                key, state, Instant.parse("2024-02-01T10:00:00Z"), "run-" + key, Duration.ofMillis(1200));
    }

    /** 01-01…01-10 materialized, 01-11 failed, 01-12…01-14 never run. */
    static PartitionHealth twoWeeks() {
        Map<String, PartitionStatus> statuses = new HashMap<>();
        DAYS.subList(0, 10).forEach(d -> statuses.put(d, status(d, PartitionStatus.State.MATERIALIZED)));
        statuses.put("2024-01-11", status("2024-01-11", PartitionStatus.State.FAILED));
        return PartitionHealth.of(DAYS, statuses, true);
    }

    @Test
    void countsAndContiguousRanges() {
        PartitionHealth health = twoWeeks();

        assertEquals(new PartitionHealth.Counts(10, 1, 3), health.counts());
        assertEquals(
                "10 materialized · 1 failed · 3 missing of 14", health.counts().summary());
        assertEquals(
                List.of(
                        new PartitionHealth.Range(0, 9, PartitionState.MATERIALIZED, "2024-01-01", "2024-01-10"),
                        new PartitionHealth.Range(10, 10, PartitionState.FAILED, "2024-01-11", "2024-01-11"),
                        new PartitionHealth.Range(11, 13, PartitionState.MISSING, "2024-01-12", "2024-01-14")),
                health.ranges());
        assertEquals(
                List.of("2024-01-01…2024-01-10 materialized", "2024-01-11 failed", "2024-01-12…2024-01-14 missing"),
                health.ranges().stream().map(PartitionHealth.Range::describe).toList());
        assertEquals(List.of("2024-01-12", "2024-01-13", "2024-01-14"), health.keys(PartitionState.MISSING));
        assertEquals(PartitionState.FAILED, health.state("2024-01-11"));
        assertEquals("run-2024-01-11", health.status("2024-01-11").orElseThrow().runId());
        assertTrue(health.timeBased());
    }

    @Test
    void historyOfKeysTheDefinitionNoLongerHasIsIgnored() {
        PartitionHealth health = PartitionHealth.of(
                List.of("A", "G"),
                Map.of(
                        "Z",
                        status("Z", PartitionStatus.State.MATERIALIZED),
                        "G",
                        status("G", PartitionStatus.State.FAILED)),
                false);

        assertEquals(new PartitionHealth.Counts(0, 1, 1), health.counts());
        assertTrue(health.status("Z").isEmpty());
        assertEquals(2, health.ranges().size());
    }

    @Test
    void emptyHasNoRanges() {
        assertEquals(List.of(), PartitionHealth.empty().ranges());
        assertEquals(0, PartitionHealth.empty().counts().total());
    }

    @Test
    void scatteredChoicesBecomeOneRunPerContiguousRange() {
        Map<String, PartitionStatus> statuses = new HashMap<>();
        for (int i : new int[] {0, 1, 5, 9, 10}) {
            statuses.put(DAYS.get(i), status(DAYS.get(i), PartitionStatus.State.MATERIALIZED));
        }
        PartitionHealth health = PartitionHealth.of(DAYS, statuses, true);

        List<RunRequest> runs = PartitionRequests.inState(health, PartitionState.MISSING);

        assertEquals(
                List.of("2024-01-03...2024-01-05", "2024-01-07...2024-01-09", "2024-01-12...2024-01-14"),
                runs.stream()
                        .map(r -> r.partitionRange().orElseThrow().toString())
                        .toList());
        assertEquals(
                List.of("2024-01-06"),
                PartitionRequests.of(health, List.of("2024-01-06", "not-a-key")).stream()
                        .map(r -> r.partitionKey().orElseThrow())
                        .toList());
    }

    @Test
    void thousandsOfPartitionsCollapseIntoFewRanges() {
        List<String> hours =
                IntStream.range(0, 12_000).mapToObj(i -> "h" + (100_000 + i)).toList();
        Map<String, PartitionStatus> statuses = new HashMap<>();
        hours.subList(0, 11_000).forEach(h -> statuses.put(h, status(h, PartitionStatus.State.MATERIALIZED)));
        statuses.put(hours.get(500), status(hours.get(500), PartitionStatus.State.FAILED));

        PartitionHealth health = PartitionHealth.of(hours, statuses, true);

        assertEquals(4, health.ranges().size());
        assertEquals(new PartitionHealth.Counts(10_999, 1, 1000), health.counts());
    }

    @Test
    void tooltipTextNamesKeyStateTimeRunAndDuration() {
        String text = PartitionText.describe(twoWeeks(), "2024-01-11");

        assertTrue(text.startsWith("2024-01-11 — failed\nfailed "), text);
        assertTrue(text.contains("run run-2024-01-11 · 1.2 s"), text);
        assertEquals("2024-01-13 — missing", PartitionText.describe(twoWeeks(), "2024-01-13"));
    }
}
