package dev.assetstudio.engine.reliability;

import static dev.assetstudio.engine.reliability.Fixtures.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.definitions.UserCodeException;
import dev.assetstudio.engine.history.HistoryException;
import dev.assetstudio.engine.history.StepEventRecord;
import dev.assetstudio.engine.load.ProjectLoadException;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import dev.assetstudio.engine.testing.BadJars;
import dev.assetstudio.engine.testing.TestJars;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken jars, broken definitions, failing user code, bad requests and bad history files, each
 * through the {@link Project} facade: the message names the culprit, and nothing already stored is
 * lost.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Project project;

    @AfterEach
    void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    private ProjectOptions options() {
        return Fixtures.options(dir.resolve("home"), 2);
    }

    private Project open(Path jar) {
        project = Project.open(jar, options());
        return project;
    }

    private Project openClass(String body) {
        return open(Fixtures.jar(dir, "Assets", body));
    }

    private ProjectLoadException refused(Path jar) {
        return assertThrows(
                ProjectLoadException.class, () -> Project.open(jar, options()).close());
    }

    private ProjectLoadException refusedClass(String body) {
        return refused(Fixtures.jar(dir, "Assets", body));
    }

    /** A materialize of {@code key} whose step failed: the failure message, after checking history. */
    private String failedStep(RunResult result, String key, String phase) {
        AssetKey k = AssetKey.parse(key);
        assertEquals(StepStatus.FAILED, result.status(k), result.statuses()::toString);
        assertEquals(RunStatus.FAILED, result.runStatus());
        String message = result.failures().values().iterator().next();
        assertMentions(message, "asset " + key, phase);
        project.historyStore().flush();
        StepEventRecord failed = project.history().stepEvents(result.runId()).stream()
                .filter(e ->
                        e.type().equals(StepEventType.FAILED) && e.assetKey().equals(k))
                .findFirst()
                .orElseThrow();
        assertMentions(failed.message(), "asset " + key, phase);
        return message;
    }

    // ---- broken jars -----------------------------------------------------------------------------

    @Test
    void textFileNamedJar() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "this is not a jar\n");
        assertMentions(refused(jar).getMessage(), "x.jar", "not a valid jar");
    }

    @Test
    void truncatedJar() throws Exception {
        Path good =
                Fixtures.jar(dir, "Assets", "public final class Assets { @Asset public static int a() { return 1; } }");
        byte[] bytes = Files.readAllBytes(good);
        Path jar = Files.write(dir.resolve("truncated.jar"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertMentions(refused(jar).getMessage(), "truncated.jar", "not a valid jar");
    }

    @Test
    void randomBytesJar() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        Path jar = Files.write(dir.resolve("random.jar"), bytes);
        assertMentions(refused(jar).getMessage(), "random.jar", "not a valid jar");
    }

    @Test
    void emptyJar() throws Exception {
        Path jar = dir.resolve("empty.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream zip = new JarOutputStream(out)) {
            zip.finish();
        }
        assertMentions(refused(jar).getMessage(), "empty.jar", "no assets found");
    }

    @Test
    void missingFile() {
        assertMentions(refused(dir.resolve("gone.jar")).getMessage(), "gone.jar", "does not exist");
    }

    @Test
    void classNeedsAMissingLibrary() {
        Path jar = BadJars.missingLibrary(dir);
        assertMentions(refused(jar).getMessage(), "nolib.jar", "com.x.Assets", "com.x.Library", "library");
    }

    @Test
    void staticInitializerThrows() {
        assertMentions(
                refused(BadJars.staticInitializer(dir)).getMessage(),
                "static initializer",
                "com.x.Assets",
                "NumberFormatException");
    }

    @Test
    void classCompiledWithoutParameters() {
        Path jar = BadJars.noParameters(dir);
        assertMentions(refused(jar).getMessage(), "down", "-parameters", "@In");
    }

    @Test
    void providerThatThrows() {
        Path jar = BadJars.providerThrows(dir);
        assertMentions(refused(jar).getMessage(), "com.x.Defs", "definitions()", "config file missing");
    }

    @Test
    void providerThatIsNotAProvider() {
        Path jar = TestJars.builder()
                .source("com.x.Defs", Fixtures.HEADER + "public final class Defs {}")
                .provider("com.x.Defs")
                .build(dir.resolve("notprovider.jar"));
        assertMentions(refused(jar).getMessage(), "com.x.Defs", "does not implement");
    }

    // ---- broken definitions ----------------------------------------------------------------------

    @Test
    void cycle() {
        assertMentions(refused(BadJars.cycle(dir)).getMessage(), "cycle", "a", "b", "c");
    }

    @Test
    void duplicateKey() {
        Path jar = BadJars.duplicateKey(dir);
        assertMentions(refused(jar).getMessage(), "duplicate asset key same", "com.x.One", "com.x.Two");
    }

    @Test
    void unknownUpstreamKey() {
        assertMentions(refused(BadJars.unknownUpstream(dir)).getMessage(), "report", "cerals", "cereals");
    }

    @Test
    void groupConflict() {
        assertMentions(refused(BadJars.groupConflict(dir)).getMessage(), "bad", "cereal", "nabisco");
    }

    @Test
    void unknownResource() {
        assertMentions(refused(BadJars.unknownResource(dir)).getMessage(), "fetch", "'api'");
    }

    @Test
    void unknownIoManagerKey() {
        assertMentions(refused(BadJars.unknownIoManager(dir)).getMessage(), "stored", "warehouse_io");
    }

    @Test
    void keySegmentWithSeparatorIsRefusedAtLoad() {
        assertMentions(refused(BadJars.separatorInKey(dir)).getMessage(), "sneaky", "a/b");
    }

    // ---- failing user code -----------------------------------------------------------------------

    @Test
    void assetThatThrowsFailsInComputeAndTheRestGoesOn() {
        openClass(
                """
                public final class Assets {
                    @Asset public static String boom() { throw new IllegalStateException("upstream API is down"); }
                    @Asset public static String after(String boom) { return boom; }
                    @Asset public static String fine() { return "fine"; }
                }
                """);
        RunResult r = project.materialize(AssetSelection.all());
        String message = failedStep(r, "boom", "compute");
        assertMentions(message, "IllegalStateException", "upstream API is down");
        assertEquals(StepStatus.SKIPPED, r.status(AssetKey.of("after")));
        assertEquals(StepStatus.SUCCEEDED, r.status(AssetKey.of("fine")));
        assertEquals("fine", project.loadAssetValue(AssetKey.of("fine")));
    }

    @Test
    void assetReturningNull() {
        openClass(
                """
                public final class Assets {
                    @Asset public static String nothing() { return null; }
                }
                """);
        assertMentions(failedStep(project.materialize(AssetSelection.all()), "nothing", "compute"), "returned null");
    }

    @Test
    void valueThatIsNotSerializable() {
        openClass(
                """
                public final class Assets {
                    public static final class Opaque {}
                    @Asset public static Object opaque() { return new Opaque(); }
                    @Asset public static List<Object> holder() { return new ArrayList<>(List.of(new Opaque())); }
                }
                """);
        RunResult r = project.materialize(AssetSelection.all());
        assertMentions(r.failures().toString(), "asset opaque", "handle output", "com.x.Assets$Opaque", "Serializable");
        assertMentions(r.failures().toString(), "asset holder", "java.util.ArrayList", "com.x.Assets$Opaque");
        assertTrue(
                Fixtures.files(options().storage()).isEmpty(),
                Fixtures.files(options().storage())::toString);
    }

    private Project openWithBrokenIo(String assets) {
        return open(BadJars.withBrokenIo(dir, "brokenio.jar", assets));
    }

    @Test
    void ioManagerFailingToHandleOutput() {
        openWithBrokenIo(
                """
                public final class Assets {
                    @Asset(ioManager = "broken_io") public static int stored() { return 1; }
                }
                """);
        assertMentions(
                failedStep(project.materialize(AssetSelection.all()), "stored", "handle output"),
                "warehouse refused the write");
        assertTrue(
                project.history().latestMaterialization(AssetKey.of("stored")).isEmpty());
    }

    @Test
    void ioManagerFailingToLoadInput() {
        openWithBrokenIo(
                """
                public final class Assets {
                    @Asset public static int up() { return 1; }
                    @Asset public static int reader(@In(value = "up", inputManager = "broken_io") int up) { return up; }
                    @Asset(ioManager = "broken_io") public static void selfStored() {}
                }
                """);
        RunResult r = project.materialize(AssetSelection.all());
        assertEquals(StepStatus.SUCCEEDED, r.status(AssetKey.of("up")));
        assertMentions(failedStep(r, "reader", "load input"), "warehouse refused the read");
        assertEquals(1, project.loadAssetValue(AssetKey.of("up")));
        UserCodeException e =
                assertThrows(UserCodeException.class, () -> project.loadAssetValue(AssetKey.of("selfStored")));
        assertMentions(e.getMessage(), "asset selfStored", "load input", "warehouse refused the read");
    }

    @Test
    void keySegmentDotDotIsRefusedWhenStoredAndNothingLeavesStorage() {
        openClass(
                """
                public final class Assets {
                    @Asset(keyPrefix = {".."}) public static String escape() { return "x"; }
                    @Asset(name = "..") public static String up() { return "x"; }
                    @Asset(name = "a\\\\b") public static String backslash() { return "x"; }
                }
                """);
        RunResult r = project.materialize(AssetSelection.all());
        assertMentions(r.failures().toString(), "asset ../escape", "'..'", "not a safe file name");
        assertMentions(r.failures().toString(), "asset ..", "handle output");
        assertMentions(r.failures().toString(), "asset a\\b", "not a safe file name");
        assertEquals(3, r.failures().size());
        assertTrue(Fixtures.files(dir.resolve("home")).stream().allMatch(f -> f.startsWith("history.db")));
        UserCodeException e =
                assertThrows(UserCodeException.class, () -> project.loadAssetValue(AssetKey.of("..", "escape")));
        assertMentions(e.getMessage(), "asset ../escape", "not a safe file name");
    }

    // ---- bad requests ----------------------------------------------------------------------------

    private static final String CONFIGURED =
            """
            public final class Assets {
                public record Fetch(String endpoint, int retries) implements Config {}
                @Asset public static String fetched(Fetch config) { return config.endpoint() + config.retries(); }
            }
            """;

    @Test
    void configMissingAField() {
        openClass(CONFIGURED);
        AssetSelection sel = AssetSelection.parse("fetched");
        RunRequest request =
                RunRequest.builder().config("fetched", Map.of("endpoint", "x")).build();
        List<String> problems = project.validate(sel, request);
        assertMentions(String.join("\n", problems), "fetched", "retries");
        RunPlanningException e = assertThrows(RunPlanningException.class, () -> project.materialize(sel, request));
        assertMentions(e.getMessage(), "fetched", "retries");
    }

    @Test
    void configWithAWrongType() {
        openClass(CONFIGURED);
        AssetSelection sel = AssetSelection.parse("fetched");
        RunRequest request = RunRequest.builder()
                .config("fetched", Map.of("endpoint", "x", "retries", "many"))
                .build();
        assertMentions(String.join("\n", project.validate(sel, request)), "fetched", "retries", "many");
        RunPlanningException e = assertThrows(RunPlanningException.class, () -> project.materialize(sel, request));
        assertMentions(e.getMessage(), "fetched", "retries");
        // and with none at all
        assertMentions(String.join("\n", project.validate(sel, RunRequest.empty())), "fetched");
        RunResult ok = project.materialize(
                sel,
                RunRequest.builder()
                        .config("fetched", Map.of("endpoint", "x", "retries", 3))
                        .build());
        assertTrue(ok.succeeded(), ok.failures()::toString);
    }

    @Test
    void selectionThatMatchesNothing() {
        openClass("public final class Assets { @Asset public static int cereals() { return 1; } }");
        assertMentions(
                String.join("\n", project.validate(AssetSelection.parse("cerals"), RunRequest.empty())),
                "cerals",
                "cereals");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> project.materialize(AssetSelection.parse("group:nope")));
        assertMentions(e.getMessage(), "group:nope", "matches no asset");
    }

    @Test
    void partitionKeyOutsideTheDefinition() {
        openClass(
                """
                public final class Assets {
                    @Asset @StaticPartitions({"eu", "us"})
                    public static String region(AssetContext context) { return context.partitionKey(); }
                }
                """);
        AssetSelection sel = AssetSelection.parse("region");
        RunRequest mars = RunRequest.builder().partitionKey("mars").build();
        assertMentions(String.join("\n", project.validate(sel, mars)), "mars", "region");
        assertThrows(RunPlanningException.class, () -> project.materialize(sel, mars));
        assertTrue(
                project.materialize(sel, RunRequest.builder().partitionKey("eu").build())
                        .succeeded());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> project.loadAssetValue(AssetKey.of("region"), "mars"));
        assertMentions(e.getMessage(), "mars", "region");
        assertEquals("eu", project.loadAssetValue(AssetKey.of("region"), "eu"));
    }

    @Test
    void loadingAValueNeverMaterialized() {
        openClass("public final class Assets { @Asset public static int never() { return 1; } }");
        UserCodeException e = assertThrows(UserCodeException.class, () -> project.loadAssetValue(AssetKey.of("never")));
        assertMentions(e.getMessage(), "asset never", "materialize it first");
    }

    @Test
    void loadingADamagedValueFile() throws Exception {
        openClass("public final class Assets { @Asset public static String kept() { return \"kept\"; } }");
        assertTrue(project.materialize(AssetSelection.all()).succeeded());
        Path file = options().storage().resolve("kept");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        UserCodeException e = assertThrows(UserCodeException.class, () -> project.loadAssetValue(AssetKey.of("kept")));
        assertMentions(e.getMessage(), "asset kept", "load input");
    }

    // ---- bad history databases -------------------------------------------------------------------

    private Path uniqueJar() {
        return TestJars.builder()
                .source(
                        "com.x.Assets",
                        Fixtures.HEADER + "public final class Assets { @Asset public static int a() { return 1; } }")
                .build(dir.resolve("p-" + UUID.randomUUID() + ".jar"));
    }

    /** The private copies of {@code jar} the loader made in this process. */
    private static long copiesOf(Path jar) throws Exception {
        return Fixtures.ownJarCopies(jar);
    }

    private void assertHistoryRefused(Path db, String... fragments) throws Exception {
        Path jar = uniqueJar();
        ProjectOptions options = ProjectOptions.builder()
                .home(dir.resolve("home"))
                .historyDatabase(db)
                .build();
        HistoryException e = assertThrows(
                HistoryException.class, () -> Project.open(jar, options).close());
        assertMentions(e.getMessage(), db.toString());
        assertMentions(e.getMessage(), fragments);
        assertEquals(0, copiesOf(jar), "the jar's loader is closed and its copy deleted");
        assertEquals(0, Fixtures.openDescriptors(jar));
        // the file is left as it was, for the user to move aside
        assertTrue(Files.exists(db));
    }

    @Test
    void historyDatabaseWithGarbageBytes() throws Exception {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        Path db = Files.write(dir.resolve("garbage.db"), bytes);
        assertHistoryRefused(db, "not a SQLite database");
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(db)), "the damaged file is not overwritten");
    }

    @Test
    void historyDatabaseFromANewerSchema() throws Exception {
        Path db = dir.resolve("newer.db");
        try (Connection c = Fixtures.connect(db);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future (x)");
            st.execute("PRAGMA user_version = 99");
        }
        assertHistoryRefused(db, "schema version 99", "newer");
        assertEquals(1, Fixtures.count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'future'"));
        assertEquals(0, Fixtures.count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'runs'"));
    }

    @Test
    void historyDatabaseThatIsADirectory() throws Exception {
        Path db = Files.createDirectories(dir.resolve("adir.db"));
        assertHistoryRefused(db);
        assertFalse(Files.isRegularFile(db));
    }
}
