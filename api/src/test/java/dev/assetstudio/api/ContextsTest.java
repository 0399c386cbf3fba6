package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ContextsTest {
    @Test
    void assetContextDefaults() {
        AssetContext ctx = AssetContext.builder().build();
        assertEquals(AssetKey.of("asset"), ctx.assetKey());
        assertEquals("test-run", ctx.runId());
        assertNull(ctx.partitionKey());
        assertFalse(ctx.hasPartitionKey());
        assertFalse(ctx.hasAssetPartitions());
        assertEquals(List.of(), ctx.assetPartitionKeys());
        assertEquals(List.of("asset"), ctx.assetIdentifier());
        assertTrue(ctx.resources().isEmpty());
    }

    @Test
    void assetContextWithPartitionAndResources() {
        List<String> lines = new ArrayList<>();
        AssetContext ctx = AssetContext.builder()
                .assetKey(AssetKey.parse("a/b"))
                .runId("r1")
                .partitionKey("2022-07-23")
                .definitionMetadata(Map.of("owner", "me"))
                .resources(Map.of("api", "client"))
                .log((level, message) -> lines.add(level + ":" + message))
                .build();
        assertTrue(ctx.hasPartitionKey());
        assertTrue(ctx.hasAssetPartitions());
        assertEquals(List.of("2022-07-23"), ctx.assetPartitionKeys());
        assertEquals(List.of("a", "b", "2022-07-23"), ctx.assetIdentifier());
        assertEquals("client", ctx.resource("api", String.class));
        assertEquals("me", ctx.definitionMetadata().get("owner"));
        ctx.log().info("hi {}", 1);
        assertEquals(List.of("INFO:hi 1"), lines);
    }

    @Test
    void rangeContextHasKeysButNoSingleKey() {
        AssetContext ctx = AssetContext.builder()
                .assetPartitionKeys(List.of("2022-01-01", "2022-01-02"))
                .partitionsDefinition(PartitionsDefinition.daily(LocalDate.of(2022, 1, 1)))
                .build();
        assertFalse(ctx.hasPartitionKey());
        assertTrue(ctx.hasAssetPartitions());
        assertEquals(2, ctx.assetPartitionKeys().size());
        assertTrue(ctx.partitionsDefinition().isPresent());
        assertTrue(ctx.partitionTimeWindow().isEmpty());
    }

    @Test
    void partitionTimeWindowComesFromTheDefinition() {
        AssetContext ctx = AssetContext.builder()
                .partitionKey("2022-07-23")
                .partitionsDefinition(PartitionsDefinition.daily(LocalDate.of(2022, 1, 1)))
                .build();
        TimeWindow window = ctx.partitionTimeWindow().orElseThrow();
        assertEquals(java.time.Instant.parse("2022-07-23T00:00:00Z"), window.start());
        assertEquals(java.time.Instant.parse("2022-07-24T00:00:00Z"), window.end());
    }

    @Test
    void resourceErrorsNameTheKey() {
        AssetContext ctx = AssetContext.builder().resources(Map.of("api", 42)).build();
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> ctx.resource("db", String.class));
        assertTrue(missing.getMessage().contains("'db'"), missing.getMessage());
        assertTrue(missing.getMessage().contains("api"), missing.getMessage());
        IllegalStateException wrongType =
                assertThrows(IllegalStateException.class, () -> ctx.resource("api", String.class));
        assertTrue(wrongType.getMessage().contains("java.lang.Integer"), wrongType.getMessage());
        assertTrue(wrongType.getMessage().contains("java.lang.String"), wrongType.getMessage());
    }

    @Test
    void builderCopiesInputsAndContextIsUnmodifiable() {
        Map<String, Object> resources = new java.util.HashMap<>(Map.of("a", 1));
        AssetContext ctx = AssetContext.builder().resources(resources).build();
        resources.put("b", 2);
        assertEquals(Map.of("a", 1), ctx.resources());
        assertThrows(UnsupportedOperationException.class, () -> ctx.resources().put("c", 3));
    }

    @Test
    void outputMetadataIsOrderedAndThreadSafe() throws Exception {
        AssetContext ctx = AssetContext.builder().build();
        ctx.addOutputMetadata("first", 1);
        ctx.addOutputMetadata(Map.of("second", "two"));
        assertEquals(
                List.of("first", "second"), List.copyOf(ctx.outputMetadata().keySet()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            pool.execute(() -> ctx.addOutputMetadata("k" + n, n));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1002, ctx.outputMetadata().size());
        assertEquals(500, ctx.outputMetadata().get("k500"));
    }

    @Test
    void outputContextStepKeyAndIdentifier() {
        OutputContext plain =
                OutputContext.builder().assetKey(AssetKey.parse("a/b")).build();
        assertEquals("a/b", plain.stepKey());
        assertFalse(plain.hasAssetPartitions());
        assertEquals(List.of("a", "b"), plain.assetIdentifier());

        OutputContext part = OutputContext.builder()
                .assetKey(AssetKey.parse("a/b"))
                .partitionKey("eu")
                .runId("r9")
                .build();
        assertEquals("a/b[eu]", part.stepKey());
        assertTrue(part.hasAssetPartitions());
        assertEquals(List.of("eu"), part.assetPartitionKeys());
        assertEquals(List.of("a", "b", "eu"), part.assetIdentifier());
        assertEquals("r9", part.runId());

        OutputContext explicit = OutputContext.builder().stepKey("custom").build();
        assertEquals("custom", explicit.stepKey());
        explicit.addOutputMetadata(Map.of("path", "/x"));
        explicit.addOutputMetadata("n", 1);
        assertEquals(Map.of("path", "/x", "n", 1), explicit.outputMetadata());
    }

    @Test
    void inputContextTakesKeyFromUpstreamOutput() {
        OutputContext out = OutputContext.builder()
                .assetKey(AssetKey.parse("up/stream"))
                .runId("producer")
                .definitionMetadata(Map.of("owner", "x", "format", "csv"))
                .build();
        InputContext in = InputContext.builder()
                .upstreamOutput(out)
                .runId("consumer")
                .definitionMetadata(Map.of("format", "json"))
                .expectedType(List.class)
                .build();
        assertEquals(AssetKey.parse("up/stream"), in.assetKey());
        assertSame(out, in.upstreamOutput());
        assertEquals("producer", in.upstreamOutput().runId());
        assertEquals("consumer", in.runId());
        assertFalse(in.hasAssetPartitions());
        assertEquals(Map.of("owner", "x", "format", "json"), in.definitionMetadata());
        assertEquals(List.of("up", "stream"), in.assetIdentifier());
        assertEquals(List.class, in.expectedType());
    }

    @Test
    void inputContextDefaultsToSamePartitionOfPartitionedUpstream() {
        OutputContext out = OutputContext.builder()
                .assetKey(AssetKey.of("daily"))
                .partitionsDefinition(PartitionsDefinition.daily(LocalDate.of(2022, 1, 1)))
                .build();
        InputContext in = InputContext.builder()
                .upstreamOutput(out)
                .partitionKey("2022-07-23")
                .build();
        assertTrue(in.hasAssetPartitions());
        assertTrue(in.hasPartitionKey());
        assertEquals(List.of("2022-07-23"), in.assetPartitionKeys());
        assertEquals(List.of("daily", "2022-07-23"), in.assetIdentifier());
        assertEquals(Object.class, in.expectedType());
    }

    @Test
    void inputContextWithSeveralUpstreamPartitionsHasNoSingleIdentifier() {
        InputContext in = InputContext.builder()
                .assetKey(AssetKey.of("daily"))
                .assetPartitionKeys(List.of("2022-01-01", "2022-01-02"))
                .build();
        assertTrue(in.hasAssetPartitions());
        assertFalse(in.hasPartitionKey());
        assertEquals(AssetKey.of("daily"), in.upstreamOutput().assetKey());
        IllegalStateException e = assertThrows(IllegalStateException.class, in::assetIdentifier);
        assertTrue(e.getMessage().contains("daily"), e.getMessage());
    }
}
