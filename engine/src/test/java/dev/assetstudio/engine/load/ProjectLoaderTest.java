package dev.assetstudio.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AssetInput;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.graph.AssetGraph;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading jars built from source at test time: every resolution rule, then every refusal. */
class ProjectLoaderTest {
    private static final String HEADER =
            "package com.x;\nimport dev.assetstudio.api.*;\nimport java.util.*;\nimport java.nio.file.*;\n";

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();

    private static String src(String body) {
        return HEADER + body;
    }

    private LoadedProject load(Map<String, String> sources) {
        return loader.load(TestJars.compile(dir, sources));
    }

    private LoadedProject load(Map<String, String> sources, Map<String, String> resources) {
        return loader.load(TestJars.compile(dir, sources, true, resources));
    }

    private ProjectLoadException refused(Map<String, String> sources) {
        return refused(TestJars.compile(dir, sources));
    }

    private ProjectLoadException refused(Path jar) {
        return assertThrows(ProjectLoadException.class, () -> loader.load(jar).close());
    }

    private static void assertMentions(ProjectLoadException e, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in:\n" + e.getMessage());
        }
    }

    private static AssetKey k(String key) {
        return AssetKey.parse(key);
    }

    // ---- resolution -------------------------------------------------------------------------

    @Test
    void keysNamesAndPrefixes() {
        try (LoadedProject p = load(
                Map.of(
                        "com.x.Warehouse",
                        src(
                                """
                        @KeyPrefix({"warehouse"})
                        public final class Warehouse {
                            @Asset public static List<String> orders() { return List.of("o"); }
                            @Asset(name = "renamed") public static int original() { return 1; }
                            @Asset(keyPrefix = {"one", "two"}) public static int deep() { return 2; }
                        }
                        """),
                        "com.x.Plain",
                        src(
                                """
                        public final class Plain {
                            @Asset public static List<Integer> upstreamAsset() { return List.of(1, 2, 3); }
                            @Asset public static int downstreamAsset(List<Integer> upstreamAsset) { return upstreamAsset.size(); }
                            @Asset public static int explicit(@In("upstreamAsset") List<Integer> u) { return 0; }
                            @Asset public static int usesDeep(@In(key = {"warehouse", "one", "two", "deep"}) int d) { return d; }
                            @Asset public static int byLastSegment(List<String> orders) { return orders.size(); }
                            @Asset(deps = {"warehouse/renamed", "upstreamAsset"}) public static void shoppingList() {}
                        }
                        """)))) {
            ProjectDefinitions defs = p.definitions();
            assertEquals(
                    Set.of(
                            k("warehouse/orders"),
                            k("warehouse/renamed"),
                            k("warehouse/one/two/deep"),
                            k("upstreamAsset"),
                            k("downstreamAsset"),
                            k("explicit"),
                            k("usesDeep"),
                            k("byLastSegment"),
                            k("shoppingList")),
                    defs.assets().keySet());
            assertEquals(
                    Set.of(k("upstreamAsset")), defs.asset(k("downstreamAsset")).upstreamKeys());
            assertEquals(
                    new AssetInput("u", k("upstreamAsset"), null, Map.of(), List.class),
                    defs.asset(k("explicit")).inputs().get(0));
            assertEquals(
                    Set.of(k("warehouse/one/two/deep")),
                    defs.asset(k("usesDeep")).upstreamKeys());
            assertEquals(
                    Set.of(k("warehouse/orders")),
                    defs.asset(k("byLastSegment")).upstreamKeys());
            AssetDefinition shopping = defs.asset(k("shoppingList"));
            assertEquals(Set.of(k("warehouse/renamed"), k("upstreamAsset")), shopping.deps());
            assertTrue(shopping.inputs().isEmpty());
            assertTrue(shopping.returnsVoid());
            assertEquals(
                    "com.x.Warehouse#original",
                    defs.asset(k("warehouse/renamed")).definedIn());
        }
    }

    @Test
    void groupsFromMethodClassPackageOrDefault() {
        try (LoadedProject p = load(
                Map.of(
                        "com.x.g.package-info",
                        "@dev.assetstudio.api.AssetGroup(\"pkg\")\npackage com.x.g;\n",
                        "com.x.g.InPackage",
                        """
                        package com.x.g;
                        import dev.assetstudio.api.*;
                        public final class InPackage {
                            @Asset public static int fromPackage() { return 1; }
                            @Asset(group = "pkg") public static int samePackageGroup() { return 1; }
                        }
                        """,
                        "com.x.g.ClassWins",
                        """
                        package com.x.g;
                        import dev.assetstudio.api.*;
                        @AssetGroup("cls")
                        public final class ClassWins { @Asset public static int fromClass() { return 1; } }
                        """,
                        "com.x.Free",
                        src(
                                """
                        public final class Free {
                            @Asset(group = "mine") public static int explicit() { return 1; }
                            @Asset public static int plain() { return 1; }
                        }
                        """)))) {
            ProjectDefinitions defs = p.definitions();
            assertEquals("pkg", defs.asset(k("fromPackage")).group());
            assertEquals("pkg", defs.asset(k("samePackageGroup")).group());
            assertEquals("cls", defs.asset(k("fromClass")).group());
            assertEquals("mine", defs.asset(k("explicit")).group());
            assertEquals("default", defs.asset(k("plain")).group());
            // The graph the loader built for its cycle check is the project's graph.
            AssetGraph expected = AssetGraph.of(defs);
            assertEquals(expected.upstreamByKey(), p.graph().upstreamByKey());
            assertEquals(expected.topologicalOrder(), p.graph().topologicalOrder());
            assertEquals("pkg", p.graph().groupOf(k("fromPackage")));
            assertEquals("cls", p.graph().groupOf(k("fromClass")));
        }
    }

    @Test
    void definitionAttributesAndPartitions() {
        try (LoadedProject p = load(
                Map.of(
                        "com.x.Attrs",
                        src(
                                """
                        public final class Attrs {
                            @Asset(description = "Nabisco only", codeVersion = "2", outputRequired = false,
                                   metadata = {@Meta(key = "owner", value = "data@example.com"), @Meta(key = "priority", value = "high")})
                            public static Optional<List<String>> nabisco() { return Optional.empty(); }

                            @Asset(partitions = @DailyPartitions(start = "2022-01-01"))
                            public static String daily(AssetContext context) { return context.partitionKey(); }

                            @Asset @StaticPartitions({"eu", "us"})
                            public static int regions(AssetContext context) { return 1; }

                            @Asset @MonthlyPartitions(start = "2022-01-01")
                            public static int monthly() { return 1; }
                        }
                        """)))) {
            ProjectDefinitions defs = p.definitions();
            AssetDefinition nabisco = defs.asset(k("nabisco"));
            assertEquals("Nabisco only", nabisco.description());
            assertEquals("2", nabisco.codeVersion().orElseThrow());
            assertFalse(nabisco.outputRequired());
            assertEquals(
                    List.of("owner", "priority"), List.copyOf(nabisco.metadata().keySet()));
            assertEquals("io_manager", nabisco.ioManagerKey());
            assertFalse(nabisco.partitioned());
            PartitionsDefinition daily = defs.asset(k("daily")).partitions().orElseThrow();
            assertTrue(daily.isTimeBased());
            assertTrue(daily.contains("2022-01-02"));
            assertEquals(
                    List.of("eu", "us"),
                    defs.asset(k("regions")).partitions().orElseThrow().keys());
            assertTrue(defs.asset(k("monthly")).partitions().orElseThrow().isTimeBased());
        }
    }

    private static final String SERVICES = "META-INF/services/dev.assetstudio.api.DefinitionsProvider";

    private static final String IO = src(
            """
            public final class Io implements IOManager {
                public void handleOutput(OutputContext context, Object value) {}
                public Object loadInput(InputContext context) { return "loaded"; }
            }
            """);

    @Test
    void providerMixesClassesSpecsSourcesAndResources() throws Exception {
        try (LoadedProject p = load(
                Map.of(
                        "com.x.Io",
                        IO,
                        "com.x.Api",
                        src("public final class Api { public String fetch(String s) { return \"got \" + s; } }"),
                        "com.x.Cfg",
                        src("public record Cfg(String endpoint) implements Config {}"),
                        "com.x.Annotated",
                        src(
                                """
                                public final class Annotated {
                                    public static final SourceAsset CEREALS = SourceAsset.of("cereals").withIoManager("warehouse");
                                    @Asset(ioManager = "warehouse")
                                    public static String usesAll(AssetContext context, Cfg config, @Resource("api") Api api,
                                            @In(inputManager = "warehouse", metadata = @Meta(key = "allow_missing_partitions", value = "true"))
                                            List<String> cereals) {
                                        return api.fetch(config.endpoint()) + " " + cereals + " " + context.assetKey();
                                    }
                                    @Asset public static int fails() { throw new IllegalStateException("user boom"); }
                                }
                                """),
                        "com.x.Defs",
                        src(
                                """
                                public final class Defs implements DefinitionsProvider {
                                    @Override public Definitions definitions() {
                                        return Definitions.builder()
                                            .assets(Annotated.class)
                                            .asset(AssetSpec.of("generated/one").ins("usesAll").deps("fails").group("generated")
                                                   .compute((ctx, in) -> "spec saw " + in.get(AssetKey.of("usesAll"))))
                                            .sourceAsset(SourceAsset.of("weather"))
                                            .sourceAsset(Annotated.CEREALS)
                                            .resource("warehouse", new Io())
                                            .resource("api", new Api())
                                            .build();
                                    }
                                }
                                """)),
                Map.of(SERVICES, "# providers\ncom.x.Defs\n"))) {
            ProjectDefinitions defs = p.definitions();
            assertEquals(
                    Set.of(k("cereals"), k("weather"), k("usesAll"), k("fails"), k("generated/one")),
                    defs.assets().keySet());
            assertEquals(Set.of("warehouse", "api"), defs.resources().keySet());
            assertSame(p.classLoader(), defs.classLoader());

            AssetDefinition cereals = defs.asset(k("cereals"));
            assertTrue(cereals.source());
            assertEquals("warehouse", cereals.ioManagerKey());
            assertTrue(cereals.computation().isEmpty());
            assertTrue(defs.asset(k("weather")).source());

            AssetDefinition usesAll = defs.asset(k("usesAll"));
            assertEquals("warehouse", usesAll.ioManagerKey());
            assertEquals("com.x.Cfg", usesAll.configType().orElseThrow().getName());
            AssetInput input = usesAll.inputs().get(0);
            assertEquals("warehouse", input.inputManager().orElseThrow());
            assertEquals(Map.of("allow_missing_partitions", "true"), input.metadata());

            Object config = usesAll.configType()
                    .orElseThrow()
                    .getConstructor(String.class)
                    .newInstance("/cereals");
            AssetContext ctx = AssetContext.builder().assetKey(k("usesAll")).build();
            Object value = usesAll.computation().orElseThrow().compute(ctx, Map.of(k("cereals"), List.of("a")), config);
            assertEquals("got /cereals [a] usesAll", value);

            var failure = assertThrows(IllegalStateException.class, () -> defs.asset(k("fails"))
                    .computation()
                    .orElseThrow()
                    .compute(AssetContext.builder().build(), Map.of(), null));
            assertEquals("user boom", failure.getMessage());

            AssetDefinition spec = defs.asset(k("generated/one"));
            assertEquals("generated", spec.group());
            assertEquals(Set.of(k("usesAll"), k("fails")), spec.upstreamKeys());
            assertEquals("AssetSpec from com.x.Defs", spec.definedIn());
            assertEquals(
                    "spec saw 42",
                    spec.computation()
                            .orElseThrow()
                            .compute(AssetContext.builder().build(), Map.of(k("usesAll"), 42), null));
        }
    }

    @Test
    void userCodeRunsWithTheProjectLoaderAsContextLoader() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (LoadedProject p = load(
                Map.of(
                        "com.x.Tccl",
                        src(
                                """
                        public final class Tccl {
                            static {
                                if (Thread.currentThread().getContextClassLoader() != Tccl.class.getClassLoader()) {
                                    throw new IllegalStateException("wrong context class loader");
                                }
                            }
                            @Asset public static int a() { return 1; }
                        }
                        """)))) {
            assertEquals(Set.of(k("a")), p.definitions().assets().keySet());
            assertSame(AssetContext.class.getClassLoader(), p.classLoader().getParent());
        }
        assertSame(before, Thread.currentThread().getContextClassLoader());
    }

    @Test
    void methodAndSpecComputationsRunWithTheProjectLoaderAsContextLoaderInARun() {
        // The computations do not set the context loader themselves: the executor's UserCode does.
        Path jar = TestJars.compile(
                dir,
                Map.of(
                        "com.x.Check",
                        src(
                                """
                                public final class Check {
                                    static String tccl(String who) {
                                        if (Thread.currentThread().getContextClassLoader() != Check.class.getClassLoader()) {
                                            throw new IllegalStateException(who + ": wrong context class loader");
                                        }
                                        return who;
                                    }
                                    @Asset public static String fromMethod() { return tccl("method"); }
                                }
                                """),
                        "com.x.Defs",
                        src(
                                """
                                public final class Defs implements DefinitionsProvider {
                                    @Override public Definitions definitions() {
                                        return Definitions.builder()
                                            .assets(Check.class)
                                            .asset(AssetSpec.of("fromSpec").compute(ctx -> Check.tccl("spec")))
                                            .build();
                                    }
                                }
                                """)),
                true,
                Map.of(SERVICES, "com.x.Defs\n"));
        ProjectOptions options =
                ProjectOptions.builder().home(dir.resolve("home")).build();
        try (Project project = Project.open(jar, options)) {
            RunResult result = project.materialize(AssetSelection.all());

            assertTrue(result.succeeded(), () -> result.failures().toString());
            assertEquals(StepStatus.SUCCEEDED, result.status(k("fromMethod")));
            assertEquals(StepStatus.SUCCEEDED, result.status(k("fromSpec")));
        }
    }

    @Test
    void closingReleasesTheJarSoItCanBeReplacedAndReloaded() throws Exception {
        Path jar = dir.resolve("project.jar");
        TestJars.builder()
                .source("com.x.A", src("public final class A { @Asset public static int first() { return 1; } }"))
                .build(jar);
        LoadedProject first = loader.load(jar);
        assertEquals(Set.of(k("first")), first.definitions().assets().keySet());
        first.close();
        assertTrue(first.isClosed());
        Files.delete(jar);
        TestJars.builder()
                .source("com.x.A", src("public final class A { @Asset public static int second() { return 2; } }"))
                .build(jar);
        try (LoadedProject second = loader.load(jar)) {
            assertEquals(Set.of(k("second")), second.definitions().assets().keySet());
            Object v = second.definitions()
                    .asset(k("second"))
                    .computation()
                    .orElseThrow()
                    .compute(AssetContext.builder().build(), Map.of(), null);
            assertEquals(2, v);
        }
        // The closed loader finds nothing more, which is how we know it let go of the file.
        assertThrows(ClassNotFoundException.class, () -> first.classLoader().loadClass("com.x.Other"));
    }

    // ---- refusals ---------------------------------------------------------------------------

    @Test
    void duplicateKeysNameBothPlaces() {
        var e = refused(
                Map.of(
                        "com.x.A", src("public final class A { @Asset public static int same() { return 1; } }"),
                        "com.x.B",
                                src(
                                        "public final class B { @Asset(name = \"same\") public static int other() { return 2; } }")));
        assertMentions(e, "duplicate asset key same: defined in com.x.A#same and in com.x.B#other");
    }

    @Test
    void unknownUpstreamKeysAreNamedWithASuggestion() {
        var e = refused(
                Map.of(
                        "com.x.A",
                        src(
                                """
                        public final class A {
                            @Asset public static int sugaryCereals() { return 1; }
                            @Asset(deps = {"sugaryCerals"}) public static void shoppingList() {}
                            @Asset public static int viaIn(@In("ghost/key") int g) { return g; }
                        }
                        """)));
        assertMentions(
                e,
                "asset shoppingList (com.x.A#shoppingList) depends on unknown asset sugaryCerals; did you mean sugaryCereals?",
                "asset viaIn (com.x.A#viaIn) depends on unknown asset ghost/key");
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().startsWith("cannot load assets.jar: 2 problems"), e.getMessage());
    }

    @Test
    void cycleIsNamedWhole() {
        var e = refused(
                Map.of(
                        "com.x.A",
                        src(
                                """
                        public final class A {
                            @Asset public static int a(int c) { return c; }
                            @Asset public static int b(int a) { return a; }
                            @Asset public static int c(int b) { return b; }
                        }
                        """)));
        assertMentions(e, "cycle in asset dependencies: a -> b -> c -> a");
    }

    @Test
    void groupConflictNamesBothGroupsClassAndMethod() {
        var e = refused(
                Map.of(
                        "com.x.CerealGroupAssets",
                        src(
                                """
                        @AssetGroup("cereal")
                        public final class CerealGroupAssets {
                            @Asset public static List<String> cereals() { return List.of(); }
                            @Asset(group = "nabisco") public static Integer bad() { return 1; }
                        }
                        """)));
        assertMentions(e, "com.x.CerealGroupAssets#bad", "\"nabisco\"", "\"cereal\"", "class com.x.CerealGroupAssets");
    }

    @Test
    void groupConflictWithPackageGroup() {
        var e = refused(Map.of(
                "com.x.g.package-info",
                "@dev.assetstudio.api.AssetGroup(\"pkg\")\npackage com.x.g;\n",
                "com.x.g.A",
                "package com.x.g;\nimport dev.assetstudio.api.*;\n"
                        + "public final class A { @Asset(group = \"other\") public static int a() { return 1; } }\n"));
        assertMentions(e, "com.x.g.A#a", "\"other\"", "\"pkg\"", "package com.x.g");
    }

    @Test
    void parameterBindingToNothing() {
        var e = refused(
                Map.of(
                        "com.x.A",
                        src(
                                """
                        public final class A {
                            @Asset public static int upstream() { return 1; }
                            @Asset public static int down(int upstrem) { return upstrem; }
                        }
                        """)));
        assertMentions(e, "asset down (com.x.A#down): parameter upstrem binds to nothing", "did you mean upstream?");
    }

    @Test
    void ambiguousLastSegmentIsRefused() {
        var e = refused(
                Map.of(
                        "com.x.A",
                        src(
                                """
                        public final class A {
                            @Asset(keyPrefix = "x") public static int orders() { return 1; }
                            @Asset(keyPrefix = "y") public static int ordersY() { return 1; }
                            @Asset(keyPrefix = "y", name = "orders") public static int other() { return 1; }
                            @Asset public static int down(int orders) { return orders; }
                        }
                        """)));
        assertMentions(e, "parameter orders could mean any of [x/orders, y/orders]");
    }

    @Test
    void missingParametersFlagSaysSoAndNamesIn() {
        Path jar = TestJars.compile(
                dir,
                Map.of(
                        "com.x.A",
                        src(
                                """
                                public final class A {
                                    @Asset public static int upstream() { return 1; }
                                    @Asset public static int down(int upstream) { return upstream; }
                                    @Asset public static int fine(AssetContext c, @In("upstream") int u) { return u; }
                                }
                                """)),
                false,
                Map.of());
        var e = refused(jar);
        assertEquals(
                List.of("com.x.A#down was compiled without -parameters, so parameter arg0 cannot bind to an upstream"
                        + " asset; compile with -parameters (maven-compiler-plugin <parameters>true</parameters>)"
                        + " or name the input with @In(\"key\")"),
                e.problems());
    }

    @Test
    void nonStaticAndNonPublicMethodsAreRefused() {
        var e = refused(
                Map.of(
                        "com.x.A",
                        src(
                                """
                        public final class A {
                            @Asset public int instance() { return 1; }
                            @Asset static int hidden() { return 1; }
                            @Asset public static int ok(int instance, int hidden) { return 1; }
                        }
                        """)));
        assertEquals(
                List.of(
                        "@Asset method com.x.A#hidden must be public static, but it is not public",
                        "@Asset method com.x.A#instance must be public static, but it is not static"),
                e.problems());
    }

    @Test
    void unknownResourceNamesKeyMethodAndAvailableKeys() {
        var e = refused(TestJars.compile(
                dir,
                Map.of(
                        "com.x.Io",
                        IO,
                        "com.x.A",
                        src(
                                """
                                public final class A {
                                    @Asset public static int a(@Resource("apii") Object api) { return 1; }
                                }
                                """),
                        "com.x.Defs",
                        src(
                                """
                                public final class Defs implements DefinitionsProvider {
                                    public Definitions definitions() {
                                        return Definitions.builder().assets(A.class).resource("api", "x").resource("store", new Io()).build();
                                    }
                                }
                                """)),
                true,
                TestJars.providers("com.x.Defs")));
        assertMentions(
                e,
                "asset a (com.x.A#a): parameter api takes @Resource(\"apii\")",
                "no resource 'apii'",
                "resources: api, store");
    }

    @Test
    void unknownAndWrongIoManagersAreRefused() {
        var e = refused(TestJars.compile(
                dir,
                Map.of(
                        "com.x.A",
                        src(
                                """
                                public final class A {
                                    @Asset(ioManager = "s3") public static int a() { return 1; }
                                    @Asset(ioManager = "api") public static int b() { return 1; }
                                    @Asset public static int c(@In(value = "a", inputManager = "csv") int a) { return 1; }
                                    @Asset(ioManager = "io_manager") public static int d() { return 1; }
                                }
                                """),
                        "com.x.Defs",
                        src(
                                """
                                public final class Defs implements DefinitionsProvider {
                                    public Definitions definitions() {
                                        return Definitions.builder().assets(A.class).resource("api", "not a manager").build();
                                    }
                                }
                                """)),
                true,
                TestJars.providers("com.x.Defs")));
        assertMentions(
                e,
                "asset a (com.x.A#a) uses I/O manager 's3', but there is no resource 's3'; resources: api",
                "asset b (com.x.A#b) uses I/O manager 'api', but resource 'api' is a java.lang.String, not an"
                        + " dev.assetstudio.api.IOManager",
                "asset c (com.x.A#c) input a uses input manager 'csv', but there is no resource 'csv'");
        assertEquals(3, e.problems().size());
    }

    @Test
    void configTypeMustBeARecord() {
        var e = refused(
                Map.of(
                        "com.x.A",
                        src(
                                """
                        public final class A {
                            public static final class NotRecord implements Config {}
                            @Asset public static int a(NotRecord config) { return 1; }
                        }
                        """)));
        assertMentions(e, "com.x.A#a takes config of type com.x.A$NotRecord, which is not a record");
    }

    @Test
    void partitionsDeclaredTwiceAreRefused() {
        var e = refused(
                Map.of(
                        "com.x.A",
                        src(
                                """
                        public final class A {
                            @Asset(partitions = @DailyPartitions(start = "2022-01-01")) @StaticPartitions({"a"})
                            public static int a() { return 1; }
                        }
                        """)));
        assertMentions(e, "@Asset method com.x.A#a declares partitions twice");
    }

    @Test
    void fileThatIsNotAJar() throws Exception {
        Path notJar = Files.writeString(dir.resolve("notes.jar"), "this is not a zip");
        var e = refused(notJar);
        assertMentions(e, "cannot load notes.jar", "notes.jar is not a valid jar (zip) file");
    }

    @Test
    void missingFile() {
        var e = refused(dir.resolve("nowhere.jar"));
        assertMentions(e, "nowhere.jar", "does not exist");
    }

    @Test
    void jarWithoutAssets() {
        var e = refused(Map.of("com.x.Nothing", src("public final class Nothing {}")));
        assertEquals(
                List.of("no assets found in assets.jar: add @Asset methods or a DefinitionsProvider"), e.problems());
    }

    @Test
    void missingLibraryNamesTheClassAndTheMissingClass() {
        Path jar = TestJars.builder()
                .source("com.x.Lib", src("public final class Lib { public static int value() { return 1; } }"))
                .source(
                        "com.x.A",
                        src(
                                """
                                public final class A {
                                    static final int VALUE = Lib.value();
                                    @Asset public static int a() { return VALUE; }
                                }
                                """))
                .leaveOut("com.x.Lib")
                .build(dir.resolve("nolib.jar"));
        var e = refused(jar);
        assertMentions(e, "class com.x.A needs class com.x.Lib", "library");
    }

    @Test
    void failingStaticInitializerNamesClassAndCause() {
        var e = refused(
                Map.of(
                        "com.x.A",
                        src(
                                """
                        public final class A {
                            static { if (true) throw new IllegalStateException("no config file"); }
                            @Asset public static int a() { return 1; }
                        }
                        """)));
        assertMentions(
                e, "the static initializer of class com.x.A threw java.lang.IllegalStateException: no config file");
    }

    @Test
    void failingProviderIsNamedWithItsCause() {
        var e = refused(TestJars.compile(
                dir,
                Map.of(
                        "com.x.Defs",
                        src(
                                """
                                public final class Defs implements DefinitionsProvider {
                                    public Definitions definitions() { throw new UnsupportedOperationException("not yet"); }
                                }
                                """)),
                true,
                TestJars.providers("com.x.Defs")));
        assertMentions(
                e, "provider com.x.Defs", "definitions() threw java.lang.UnsupportedOperationException: not yet");
    }

    @Test
    void sameResourceFromTwoProvidersNamesKeyAndBoth() {
        String provider =
                """
                public final class %s implements DefinitionsProvider {
                    public Definitions definitions() {
                        return Definitions.builder().asset(AssetSpec.of("%s").compute(ctx -> 1)).resource("api", "x").build();
                    }
                }
                """;
        var e = refused(TestJars.compile(
                dir,
                Map.of(
                        "com.x.P1",
                        src(provider.formatted("P1", "one")),
                        "com.x.P2",
                        src(provider.formatted("P2", "two"))),
                true,
                TestJars.providers("com.x.P1", "com.x.P2")));
        assertEquals(List.of("resource 'api' is given by both com.x.P1 and com.x.P2; give it once"), e.problems());
    }

    @Test
    void providersOnlyFromThisJarAndScanOnlyWhenThereAreNone() {
        // The provider lists only a spec; the annotated class in the jar is not scanned.
        try (LoadedProject p = load(
                Map.of(
                        "com.x.Ignored",
                        src("public final class Ignored { @Asset public static int ignored() { return 1; } }"),
                        "com.x.Defs",
                        src(
                                """
                                public final class Defs implements DefinitionsProvider {
                                    public Definitions definitions() {
                                        return Definitions.builder().asset(AssetSpec.of("only").compute(ctx -> 1)).build();
                                    }
                                }
                                """)),
                TestJars.providers("com.x.Defs"))) {
            assertEquals(Set.of(k("only")), p.definitions().assets().keySet());
            assertInstanceOf(java.net.URLClassLoader.class, p.classLoader());
        }
    }
}
