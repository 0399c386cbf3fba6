package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class InMemoryIOManagerTest {
    private static OutputContext out(String run, String key, String partition) {
        return OutputContext.builder()
                .runId(run)
                .assetKey(AssetKey.parse(key))
                .partitionKey(partition)
                .build();
    }

    @Test
    void valuesAreScopedToTheProducingRun() {
        InMemoryIOManager io = new InMemoryIOManager();
        io.handleOutput(out("r1", "a/b", null), "one");
        io.handleOutput(out("r2", "a/b", null), "two");
        assertEquals(
                "one",
                io.loadInput(InputContext.builder()
                        .upstreamOutput(out("r1", "a/b", null))
                        .build()));
        assertEquals(
                "two",
                io.loadInput(InputContext.builder()
                        .upstreamOutput(out("r2", "a/b", null))
                        .build()));
    }

    @Test
    void clearRunForgetsOnlyThatRun() {
        InMemoryIOManager io = new InMemoryIOManager();
        io.handleOutput(out("r1", "x", null), 1);
        io.handleOutput(out("r2", "x", null), 2);
        io.clearRun("r1");
        assertFalse(io.hasRun("r1"));
        assertTrue(io.hasRun("r2"));
        NoSuchElementException e = assertThrows(
                NoSuchElementException.class,
                () -> io.loadInput(InputContext.builder()
                        .upstreamOutput(out("r1", "x", null))
                        .build()));
        assertTrue(e.getMessage().contains("asset x"), e.getMessage());
        assertTrue(e.getMessage().contains("run r1"), e.getMessage());
        assertEquals(
                2,
                io.loadInput(InputContext.builder()
                        .upstreamOutput(out("r2", "x", null))
                        .build()));
    }

    @Test
    void keepsNullValues() {
        InMemoryIOManager io = new InMemoryIOManager();
        io.handleOutput(out("r", "n", null), null);
        assertNull(io.loadInput(
                InputContext.builder().upstreamOutput(out("r", "n", null)).build()));
    }

    @Test
    void partitionsLoadSinglyOrAsSortedMap() {
        InMemoryIOManager io = new InMemoryIOManager();
        io.handleOutput(out("r", "regions", "us"), 2);
        io.handleOutput(out("r", "regions", "eu"), 1);
        InputContext single = InputContext.builder()
                .upstreamOutput(out("r", "regions", "us"))
                .partitionKey("us")
                .build();
        assertEquals(2, io.loadInput(single));
        InputContext all = InputContext.builder()
                .upstreamOutput(out("r", "regions", "us"))
                .assetPartitionKeys(List.of("us", "eu"))
                .build();
        Object map = io.loadInput(all);
        assertEquals(Map.of("eu", 1, "us", 2), map);
        assertEquals(List.of("eu", "us"), List.copyOf(((Map<?, ?>) map).keySet()));
    }

    @Test
    void missingPartitionFailsUnlessAllowed() {
        InMemoryIOManager io = new InMemoryIOManager();
        io.handleOutput(out("r", "regions", "eu"), 1);
        InputContext strict = InputContext.builder()
                .upstreamOutput(out("r", "regions", "eu"))
                .assetPartitionKeys(List.of("eu", "apac"))
                .build();
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> io.loadInput(strict));
        assertTrue(e.getMessage().contains("partition apac"), e.getMessage());
        InputContext lenient = InputContext.builder()
                .upstreamOutput(out("r", "regions", "eu"))
                .assetPartitionKeys(List.of("eu", "apac"))
                .definitionMetadata(Map.of("allow_missing_partitions", "true"))
                .build();
        assertEquals(Map.of("eu", 1), io.loadInput(lenient));
    }
}
