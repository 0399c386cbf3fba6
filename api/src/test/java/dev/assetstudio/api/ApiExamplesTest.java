package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of API.md, compiled against the api as written, with their annotations read back. */
class ApiExamplesTest {

    @AssetGroup("cereal")
    @KeyPrefix({"food"})
    public static final class CerealAssets {
        public static final SourceAsset CEREALS = SourceAsset.of("cereals");

        @Asset(description = "Raw numbers")
        public static List<Integer> upstreamAsset() {
            return List.of(1, 2, 3);
        }

        @Asset
        public static List<Integer> explicitDownstream(@In("upstreamAsset") List<Integer> upstream) {
            var out = new ArrayList<>(upstream);
            out.add(4);
            return out;
        }

        @Asset(keyPrefix = {"one", "two", "three"})
        public static List<Integer> prefixed() {
            return List.of();
        }

        @Asset
        public static List<Integer> usesPrefixed(@In(key = {"one", "two", "three", "prefixed"}) List<Integer> p) {
            return p;
        }

        @Asset(deps = {"sugaryCereals"})
        public static void shoppingList() {}

        @Asset(
                name = "nabisco_cereals",
                group = "nabisco",
                codeVersion = "2",
                metadata = {@Meta(key = "owner", value = "data@example.com"), @Meta(key = "priority", value = "high")})
        public static List<String> nabisco() {
            return List.of();
        }

        @Asset
        public static Output<List<String>> table1() {
            var rows = List.of("a", "b");
            return Output.of(rows).withMetadata("num_rows", rows.size());
        }

        @Asset(outputRequired = false, ioManager = "memory")
        public static Optional<List<Integer>> mayNotMaterialize() {
            return Optional.empty();
        }

        @Asset
        public static String usesContext(AssetContext context, ApiConfig config, @Resource("api") Object api) {
            context.log().info("fetching {}", config.apiEndpoint());
            return config.apiEndpoint();
        }

        public record ApiConfig(String apiEndpoint) implements Config {}

        @Asset(partitions = @DailyPartitions(start = "2022-01-01"))
        public static List<String> dailyWeather(AssetContext context) {
            LocalDate day = LocalDate.parse(context.partitionKey());
            return List.of(day.toString());
        }

        @Asset
        @StaticPartitions({"eu", "us", "apac"})
        public static Integer regionCount(AssetContext context) {
            return context.partitionKey().length();
        }

        @Asset
        public static Integer tolerant(
                @In(value = "dailyWeather", metadata = @Meta(key = "allow_missing_partitions", value = "true"))
                        Object days) {
            return 0;
        }
    }

    public static final class CerealDefinitions implements DefinitionsProvider {
        @Override
        public Definitions definitions() {
            return Definitions.builder()
                    .assets(CerealAssets.class)
                    .asset(AssetSpec.of("generated_1")
                            .deps("upstreamAsset")
                            .group("generated")
                            .compute(ctx -> 42))
                    .sourceAsset(SourceAsset.of("cereals"))
                    .resource("io_manager", new FilesystemIOManager(Path.of("build/storage")))
                    .resource("memory", new InMemoryIOManager())
                    .build();
        }
    }

    private static Method method(String name) {
        for (Method m : CerealAssets.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void annotationsAreVisibleAtRuntime() {
        Asset nabisco = method("nabisco").getAnnotation(Asset.class);
        assertEquals("nabisco_cereals", nabisco.name());
        assertEquals("nabisco", nabisco.group());
        assertEquals("2", nabisco.codeVersion());
        assertEquals("priority", nabisco.metadata()[1].key());
        assertEquals("", nabisco.ioManager());
        assertTrue(nabisco.outputRequired());

        Asset optional = method("mayNotMaterialize").getAnnotation(Asset.class);
        assertFalse(optional.outputRequired());
        assertEquals("memory", optional.ioManager());

        assertArrayEquals(
                new String[] {"sugaryCereals"},
                method("shoppingList").getAnnotation(Asset.class).deps());
        assertEquals(
                "cereal", CerealAssets.class.getAnnotation(AssetGroup.class).value());
        assertArrayEquals(
                new String[] {"food"},
                CerealAssets.class.getAnnotation(KeyPrefix.class).value());
        assertEquals(
                "2022-01-01",
                method("dailyWeather")
                        .getAnnotation(Asset.class)
                        .partitions()[0]
                        .start());
        assertArrayEquals(
                new String[] {"eu", "us", "apac"},
                method("regionCount").getAnnotation(StaticPartitions.class).value());

        In in = method("usesPrefixed").getParameters()[0].getAnnotation(In.class);
        assertArrayEquals(new String[] {"one", "two", "three", "prefixed"}, in.key());
        assertEquals("", in.value());
        In tolerant = method("tolerant").getParameters()[0].getAnnotation(In.class);
        assertEquals("allow_missing_partitions", tolerant.metadata()[0].key());
        assertEquals(
                "api",
                method("usesContext")
                        .getParameters()[2]
                        .getAnnotation(Resource.class)
                        .value());
    }

    @Test
    void providerBuildsTheDefinitions() {
        Definitions defs = new CerealDefinitions().definitions();
        assertEquals(List.of(CerealAssets.class), defs.assetClasses());
        assertEquals(AssetKey.of("generated_1"), defs.assetSpecs().get(0).key());
        assertEquals(
                List.of("io_manager", "memory"), List.copyOf(defs.resources().keySet()));
    }

    @Test
    void outputExampleCarriesMetadata() {
        assertEquals(2, CerealAssets.table1().metadata().get("num_rows"));
    }
}
