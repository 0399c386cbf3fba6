package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionsTest {
    @Test
    void assetSpecFromApiExample() throws Exception {
        AssetSpec spec = AssetSpec.of("generated_1")
                .deps("upstreamAsset")
                .group("generated")
                .compute(ctx -> 42);
        assertEquals(AssetKey.of("generated_1"), spec.key());
        assertEquals(List.of(AssetKey.of("upstreamAsset")), spec.deps());
        assertEquals(List.of(), spec.ins());
        assertEquals("generated", spec.group());
        assertEquals("io_manager", spec.ioManager());
        assertTrue(spec.outputRequired());
        assertEquals(
                42,
                spec.computation().orElseThrow().apply(AssetContext.builder().build(), Map.of()));
    }

    @Test
    void assetSpecWithInputsReceivesThem() throws Exception {
        AssetSpec spec = AssetSpec.of("a/total")
                .ins("orders", "x/returns")
                .compute((ctx, in) -> ((List<?>) in.get(AssetKey.of("orders"))).size() + ctx.runId());
        assertEquals(List.of(AssetKey.of("orders"), AssetKey.parse("x/returns")), spec.ins());
        Object value = spec.computation()
                .orElseThrow()
                .apply(AssetContext.builder().runId("r").build(), Map.of(AssetKey.of("orders"), List.of(1, 2)));
        assertEquals("2r", value);
    }

    @Test
    void assetSpecIsImmutable() {
        AssetSpec base = AssetSpec.of("k").metadata("owner", "a");
        AssetSpec changed = base.metadata("tier", "gold")
                .description("d")
                .codeVersion("3")
                .ioManager("mem")
                .outputRequired(false)
                .partitions(PartitionsDefinition.ofStatic("eu"));
        assertEquals(Map.of("owner", "a"), base.metadata());
        assertNull(base.description());
        assertNull(base.codeVersion());
        assertTrue(base.partitions().isEmpty());
        assertTrue(base.computation().isEmpty());
        assertEquals(List.of("owner", "tier"), List.copyOf(changed.metadata().keySet()));
        assertEquals("3", changed.codeVersion());
        assertEquals("mem", changed.ioManager());
        assertFalse(changed.outputRequired());
        assertEquals(PartitionsDefinition.ofStatic("eu"), changed.partitions().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> base.ioManager(" "));
    }

    @Test
    void sourceAssetDefaultsAndCopies() {
        SourceAsset cereals = SourceAsset.of("raw/cereals");
        assertEquals(AssetKey.of("raw", "cereals"), cereals.key());
        assertEquals("io_manager", cereals.ioManagerKey());
        assertNull(cereals.group());
        assertNull(cereals.description());
        assertTrue(cereals.partitions().isEmpty());
        SourceAsset full = cereals.withIoManager("warehouse")
                .withDescription("from the vendor")
                .withGroup("vendor")
                .withMetadata("owner", "x")
                .withPartitions(PartitionsDefinition.daily(LocalDate.of(2022, 1, 1)));
        assertEquals("io_manager", cereals.ioManagerKey());
        assertEquals("warehouse", full.ioManagerKey());
        assertEquals("vendor", full.group());
        assertEquals(Map.of("owner", "x"), full.metadata());
        assertTrue(full.partitions().orElseThrow().isTimeBased());
        assertEquals(SourceAsset.of(AssetKey.of("raw", "cereals")), cereals);
    }

    @Test
    void definitionsKeepOrderAndRefuseDuplicateResources() {
        FilesystemIOManager io = new FilesystemIOManager(Path.of("build/storage"));
        Definitions defs = Definitions.builder()
                .assets(DefinitionsTest.class, String.class, DefinitionsTest.class)
                .asset(AssetSpec.of("b"))
                .assets(AssetSpec.of("a"), AssetSpec.of("c"))
                .sourceAsset(SourceAsset.of("s"))
                .resource("io_manager", io)
                .resources(Map.of("api", "client"))
                .build();
        assertEquals(List.of(DefinitionsTest.class, String.class), defs.assetClasses());
        assertEquals(
                List.of("b", "a", "c"),
                defs.assetSpecs().stream().map(s -> s.key().toString()).toList());
        assertEquals(List.of(SourceAsset.of("s")), defs.sourceAssets());
        assertEquals(List.of("io_manager", "api"), List.copyOf(defs.resources().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> defs.resources().put("x", 1));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Definitions.builder().resource("api", 1).resource("api", 2));
        assertTrue(e.getMessage().contains("'api'"), e.getMessage());
    }
}
