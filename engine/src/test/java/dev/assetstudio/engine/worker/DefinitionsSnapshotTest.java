package dev.assetstudio.engine.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.config.ConfigField;
import dev.assetstudio.engine.config.ConfigSchema;
import dev.assetstudio.engine.config.UnboundConfig;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.load.LoadedProject;
import dev.assetstudio.engine.load.ProjectLoader;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a worker describes is what the engine shows: definitions loaded here, sent through the
 * protocol's JSON and rebuilt, keep their keys, groups, metadata, inputs, partitions, code versions,
 * config fields and source locations, and their computations refuse to run outside the worker.
 */
class DefinitionsSnapshotTest {
    private static final String SOURCE = WorkerFixtures.HEADER
            + """
            @AssetGroup("shop")
            public final class Shop {
                public static final SourceAsset PRICES = SourceAsset.of("prices");
                @Asset(description = "by day", codeVersion = "3",
                       metadata = {@Meta(key = "owner", value = "ana@example.com")},
                       partitions = @DailyPartitions(start = "2024-01-01", end = "2024-02-01", timezone = "Europe/Berlin"))
                public static Integer daily(AssetContext context, List<String> prices) { return 1; }
                @Asset @StaticPartitions({"eu", "us"})
                public static Integer region(AssetContext context) { return 2; }
                @Asset @HourlyPartitions(start = "2024-01-01-00:00")
                public static Integer hourly(AssetContext context) { return 3; }
                @Asset(keyPrefix = {"a", "b"}, deps = {"region"}, outputRequired = false)
                public static Optional<Integer> deep(@In(value = "daily", metadata = {@Meta(key = "allow_missing_partitions", value = "true")}) Map<String, Integer> d) {
                    return Optional.empty();
                }
                public record Limits(int max, List<String> names) implements Config { public Limits() { this(5, List.of("x")); } }
                @Asset public static void limited(Limits limits) {}
            }
            """;

    @TempDir
    Path dir;

    @Test
    void definitionsSurviveTheTripThroughTheProtocol() throws Exception {
        Path jar = TestJars.compile(dir, Map.of("com.x.Shop", SOURCE));
        try (LoadedProject loaded = new ProjectLoader().load(jar)) {
            ProjectDefinitions here = loaded.definitions();
            byte[] wire = WorkerProtocol.MAPPER.writeValueAsBytes(
                    new WorkerMessage.DefinitionsLoaded(1, DefinitionsSnapshot.of(here)));
            var message = (WorkerMessage.DefinitionsLoaded) WorkerProtocol.MAPPER.readValue(wire, WorkerMessage.class);
            ProjectDefinitions there = message.definitions().toDefinitions(jar);

            assertEquals(here.assets().keySet(), there.assets().keySet());
            for (AssetDefinition h : here.all()) {
                AssetDefinition t = there.asset(h.key());
                assertEquals(h.group(), t.group(), h.key().toString());
                assertEquals(h.description(), t.description());
                assertEquals(h.metadata(), t.metadata());
                assertEquals(h.codeVersion(), t.codeVersion());
                assertEquals(h.upstreamKeys(), t.upstreamKeys());
                assertEquals(h.deps(), t.deps());
                assertEquals(h.partitions(), t.partitions(), h.key().toString());
                assertEquals(h.source(), t.source());
                assertEquals(h.definedIn(), t.definedIn());
                assertEquals(h.outputRequired(), t.outputRequired());
                assertEquals(h.returnsVoid(), t.returnsVoid());
                assertEquals(h.ioManagerKey(), t.ioManagerKey());
                assertEquals(h.inputs().size(), t.inputs().size());
                for (int i = 0; i < h.inputs().size(); i++) {
                    assertEquals(
                            h.inputs().get(i).parameterName(), t.inputs().get(i).parameterName());
                    assertEquals(h.inputs().get(i).metadata(), t.inputs().get(i).metadata());
                }
            }
            AssetDefinition deep = there.asset(AssetKey.of("a", "b", "deep"));
            assertEquals(
                    Map.of("allow_missing_partitions", "true"),
                    deep.inputs().get(0).metadata());
            assertEquals(Map.class, deep.inputs().get(0).type());
            IllegalStateException notHere = assertThrows(
                    IllegalStateException.class,
                    () -> deep.computation().orElseThrow().compute(null, Map.of(), null));
            assertTrue(notHere.getMessage().contains("runs in the project's worker process"), notHere.getMessage());

            ConfigSchema limits = there.asset(AssetKey.of("limited")).config().orElseThrow();
            assertTrue(limits.type().isEmpty(), "the record's class is not loaded here");
            assertEquals("Limits", limits.typeName());
            assertEquals(
                    List.of(
                            new ConfigField("max", "int", int.class),
                            new ConfigField("names", "List<String>", List.class)),
                    limits.fields());
            assertEquals(
                    Map.of("max", 5, "names", List.of("x")), limits.defaults().orElseThrow());
            assertEquals(List.of(), limits.validate(Map.of("max", 7, "names", List.of("a"))));
            assertEquals(
                    List.of(
                            "field 'max' expects int, got String \"many\"",
                            "unknown field 'min' (fields of Limits: max, names)"),
                    limits.validate(Map.of("max", "many", "names", List.of(), "min", 1)).stream()
                            .sorted()
                            .toList());
            assertEquals(
                    new UnboundConfig(Map.of("max", 7, "names", List.of("a"))),
                    limits.bind(AssetKey.of("limited"), Map.of("max", 7, "names", List.of("a"))));
            assertThrows(RunPlanningException.class, () -> limits.bind(AssetKey.of("limited"), Map.of()));
            assertTrue(there.resources().isEmpty() == here.resources().isEmpty());
        }
    }
}
