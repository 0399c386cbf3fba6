package dev.assetstudio.engine.reliability;

import static dev.assetstudio.engine.reliability.Fixtures.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.cli.AssetStudioCli;
import dev.assetstudio.engine.testing.BadJars;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the reliability issue through the command line, in-process: the exit code is 2
 * for bad input and 1 for a failed step, stderr says what is wrong in one clear line (an {@code
 * error: …} line, with a problem per line for a jar or run request that has several; or the failed
 * step's {@code ✗ asset X failed in <phase>: …} line) naming the culprit, and there is no stack trace
 * without {@code --debug}.
 *
 * <p>The read-only home is tried two ways: {@code --home} under a regular file (no directory can be
 * made there, whoever runs the test) and, as root, a tmpfs remounted read-only (as in {@link
 * StorageFaultsTest}). The full disk is a 512 KiB tmpfs; that case is skipped, saying why, where
 * mounting is refused.
 */
class CliBadInputTest {
    private static final String ONE_ASSET = "public final class Assets { @Asset public static int a() { return 1; } }";

    private static Path base;
    private static boolean root;
    private static final List<Path> mounts = new ArrayList<>();

    @BeforeAll
    static void setUp() throws IOException {
        base = Files.createTempDirectory("cli-bad-input");
        root = Fixtures.ignoresPermissions(base);
    }

    @AfterAll
    static void tearDown() throws IOException {
        for (Path m : mounts) {
            Fixtures.run("umount", "-l", m.toString());
        }
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true, false);
                Files.deleteIfExists(p);
            }
        }
    }

    /** How the command line should answer. */
    enum Outcome {
        /** Exit 2, an {@code error:} line naming the culprit. */
        BAD_INPUT(AssetStudioCli.EXIT_BAD_INPUT),
        /** Exit 1, the failed step's {@code ✗} line naming asset, phase and reason. */
        STEP_FAILED(AssetStudioCli.EXIT_FAILED);

        final int exit;

        Outcome(int exit) {
            this.exit = exit;
        }
    }

    /** Builds what a case needs in its own directory and returns the arguments (home included). */
    @FunctionalInterface
    interface Setup {
        List<String> args(Path dir) throws Exception;
    }

    record Case(String name, Outcome outcome, Setup setup, List<String> culprit) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case bad(String name, Setup setup, String... culprit) {
        return new Case(name, Outcome.BAD_INPUT, setup, List.of(culprit));
    }

    private static Case failed(String name, Setup setup, String... culprit) {
        return new Case(name, Outcome.STEP_FAILED, setup, List.of(culprit));
    }

    // ---- how cases are built -------------------------------------------------------------------

    private static List<String> args(Path dir, Path jar, String... rest) {
        List<String> all = new ArrayList<>(
                List.of("--jar", jar.toString(), "--home", dir.resolve("home").toString()));
        all.addAll(List.of(rest));
        return all;
    }

    /** {@code list} on a jar of one class {@code com.x.Assets}. */
    private static Setup listing(String assets) {
        return dir -> args(dir, Fixtures.jar(dir, "Assets", assets), "list");
    }

    /** {@code materialize --select SEL} (plus {@code rest}) on a jar of one class {@code com.x.Assets}. */
    private static Setup materializing(String assets, String select, String... rest) {
        return dir -> {
            List<String> a = args(dir, Fixtures.jar(dir, "Assets", assets), "materialize", "--select", select);
            a.addAll(List.of(rest));
            return a;
        };
    }

    private static Setup brokenIo(String assets, String select) {
        return dir -> args(
                dir,
                BadJars.withBrokenIo(dir, "brokenio.jar", assets),
                "materialize",
                "--select",
                select,
                "--parallelism",
                "1");
    }

    private static final String CONFIGURED =
            """
            public final class Assets {
                public record Fetch(String endpoint, int retries) implements Config {}
                @Asset public static String fetched(Fetch config) { return config.endpoint() + config.retries(); }
            }
            """;

    private static final String BLOB =
            """
            public final class Assets {
                public record Size(int bytes) implements Config {}
                @Asset public static byte[] blob(Size size) { return new byte[size.bytes()]; }
            }
            """;

    /** {@code list} of a good jar with {@code --history db}. */
    private static List<String> withHistory(Path dir, Path db) {
        List<String> a = args(dir, Fixtures.jar(dir, "Assets", ONE_ASSET), "--history", db.toString(), "list");
        return a;
    }

    /** Mounts a tmpfs of {@code size} at a new directory, or aborts the test saying why it cannot. */
    private static Path tmpfs(Path dir, String size) throws IOException {
        Path mountPoint = Files.createDirectories(dir.resolve("mnt"));
        int rc = Fixtures.run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(
                rc == 0, "cannot mount a tmpfs here (mount exit " + rc + "); this case needs root with CAP_SYS_ADMIN");
        mounts.add(mountPoint);
        return mountPoint;
    }

    static Stream<Case> cases() {
        return Stream.of(
                // ---- the jar itself
                bad(
                        "not a jar",
                        dir -> args(dir, Files.writeString(dir.resolve("x.jar"), "this is not a jar\n"), "list"),
                        "x.jar",
                        "not a valid jar"),
                bad(
                        "corrupt (truncated) jar",
                        dir -> {
                            byte[] bytes = Files.readAllBytes(Fixtures.jar(dir, "Assets", ONE_ASSET));
                            Path jar =
                                    Files.write(dir.resolve("truncated.jar"), Arrays.copyOf(bytes, bytes.length / 2));
                            return args(dir, jar, "list");
                        },
                        "truncated.jar",
                        "not a valid jar"),
                bad(
                        "random bytes",
                        dir -> {
                            byte[] bytes = new byte[4096];
                            new Random(42).nextBytes(bytes);
                            return args(dir, Files.write(dir.resolve("random.jar"), bytes), "list");
                        },
                        "random.jar",
                        "not a valid jar"),
                bad(
                        "empty jar",
                        dir -> {
                            Path jar = dir.resolve("empty.jar");
                            try (OutputStream out = Files.newOutputStream(jar);
                                    JarOutputStream zip = new JarOutputStream(out)) {
                                zip.finish();
                            }
                            return args(dir, jar, "list");
                        },
                        "empty.jar",
                        "no assets found"),
                bad(
                        "classes need a missing library",
                        dir -> args(dir, BadJars.missingLibrary(dir), "list"),
                        "nolib.jar",
                        "com.x.Assets",
                        "com.x.Library"),
                bad(
                        "static initializer throws",
                        dir -> args(dir, BadJars.staticInitializer(dir), "list"),
                        "static initializer",
                        "com.x.Assets",
                        "NumberFormatException"),
                bad(
                        "provider throws",
                        dir -> args(dir, BadJars.providerThrows(dir), "list"),
                        "com.x.Defs",
                        "definitions()",
                        "config file missing"),
                bad(
                        "compiled without -parameters",
                        dir -> args(dir, BadJars.noParameters(dir), "list"),
                        "down",
                        "-parameters",
                        "@In"),
                // ---- the definitions
                bad("cycle", dir -> args(dir, BadJars.cycle(dir), "list"), "cycle", "a -> ", "b", "c"),
                bad(
                        "duplicate key",
                        dir -> args(dir, BadJars.duplicateKey(dir), "list"),
                        "duplicate asset key same",
                        "com.x.One",
                        "com.x.Two"),
                bad(
                        "unknown upstream key",
                        dir -> args(dir, BadJars.unknownUpstream(dir), "list"),
                        "report",
                        "cerals",
                        "did you mean cereals"),
                bad("group conflict", dir -> args(dir, BadJars.groupConflict(dir), "list"), "bad", "cereal", "nabisco"),
                bad(
                        "unknown resource",
                        listing(
                                """
                                public final class Assets {
                                    @Asset public static int fetch(@Resource("api") Object api) { return 1; }
                                }
                                """),
                        "fetch",
                        "'api'"),
                bad(
                        "unknown I/O manager key",
                        listing(
                                """
                                public final class Assets {
                                    @Asset(ioManager = "warehouse_io") public static int stored() { return 1; }
                                }
                                """),
                        "stored",
                        "warehouse_io"),
                bad(
                        "key segment with a path separator",
                        listing(
                                """
                                public final class Assets {
                                    @Asset(keyPrefix = {"a/b"}) public static int sneaky() { return 1; }
                                }
                                """),
                        "sneaky",
                        "a/b"),
                // ---- user code failing at run time
                failed(
                        "asset throws",
                        materializing(
                                """
                                public final class Assets {
                                    @Asset public static String boom() { throw new IllegalStateException("upstream API is down"); }
                                }
                                """,
                                "boom"),
                        "asset boom",
                        "compute",
                        "upstream API is down"),
                failed(
                        "I/O manager handleOutput throws",
                        brokenIo(
                                """
                                public final class Assets {
                                    @Asset(ioManager = "broken_io") public static int stored() { return 1; }
                                }
                                """,
                                "stored"),
                        "asset stored",
                        "handle output",
                        "warehouse refused the write"),
                failed(
                        "I/O manager loadInput throws",
                        brokenIo(
                                """
                                public final class Assets {
                                    @Asset public static int up() { return 1; }
                                    @Asset public static int reader(@In(value = "up", inputManager = "broken_io") int up) { return up; }
                                }
                                """,
                                "*reader"),
                        "asset reader",
                        "load input",
                        "warehouse refused the read"),
                failed(
                        "value not Serializable",
                        materializing(
                                """
                                public final class Assets {
                                    public static final class Opaque {}
                                    @Asset public static Object opaque() { return new Opaque(); }
                                }
                                """,
                                "opaque"),
                        "asset opaque",
                        "handle output",
                        "com.x.Assets$Opaque",
                        "Serializable"),
                failed(
                        "key segment '..' (refused when stored)",
                        materializing(
                                """
                                public final class Assets {
                                    @Asset(keyPrefix = {".."}) public static String escape() { return "x"; }
                                }
                                """,
                                "../escape"),
                        "asset ../escape",
                        "handle output",
                        "'..'",
                        "not a safe file name"),
                failed(
                        "asset returns null",
                        materializing(
                                """
                                public final class Assets {
                                    @Asset public static String nothing() { return null; }
                                }
                                """,
                                "nothing"),
                        "asset nothing",
                        "compute",
                        "returned null"),
                failed(
                        "full disk while writing a value",
                        dir -> {
                            Path home = tmpfs(dir, "512k");
                            Path jar = Fixtures.jar(dir, "Assets", BLOB);
                            return List.of(
                                    "--jar",
                                    jar.toString(),
                                    "--home",
                                    home.toString(),
                                    "--history",
                                    dir.resolve("history.db").toString(),
                                    "materialize",
                                    "-s",
                                    "blob",
                                    "--config",
                                    "{\"blob\": {\"bytes\": 2000000}}");
                        },
                        "asset blob",
                        "handle output",
                        "No space left on device"),
                // ---- the run request
                bad(
                        "config missing a field",
                        materializing(CONFIGURED, "fetched", "--config", "{\"fetched\": {\"endpoint\": \"x\"}}"),
                        "cannot run",
                        "fetched",
                        "retries"),
                bad(
                        "config field of the wrong type",
                        materializing(
                                CONFIGURED,
                                "fetched",
                                "--config",
                                "{\"fetched\": {\"endpoint\": \"x\", \"retries\": \"many\"}}"),
                        "cannot run",
                        "fetched",
                        "retries",
                        "many"),
                bad(
                        "selection of an unknown key",
                        materializing(
                                "public final class Assets { @Asset public static int cereals() { return 1; } }",
                                "cerals"),
                        "cerals",
                        "did you mean cereals"),
                bad(
                        "selection that matches nothing",
                        materializing(
                                "public final class Assets { @Asset public static int cereals() { return 1; } }",
                                "group:nope"),
                        "group:nope",
                        "matches no asset"),
                bad(
                        "partition key outside the definition",
                        materializing(
                                """
                                public final class Assets {
                                    @Asset @StaticPartitions({"eu", "us"})
                                    public static String region(AssetContext context) { return context.partitionKey(); }
                                }
                                """,
                                "region",
                                "--partition",
                                "mars"),
                        "region",
                        "mars"),
                // ---- the history database and the home folder
                bad(
                        "corrupt history database",
                        dir -> {
                            byte[] bytes = new byte[8192];
                            new Random(7).nextBytes(bytes);
                            return withHistory(dir, Files.write(dir.resolve("garbage.db"), bytes));
                        },
                        "error: history database ",
                        "garbage.db",
                        "not a SQLite database"),
                bad(
                        "history database from a newer schema",
                        dir -> {
                            Path db = dir.resolve("newer.db");
                            try (Connection c = Fixtures.connect(db);
                                    Statement st = c.createStatement()) {
                                st.execute("CREATE TABLE future (x)");
                                st.execute("PRAGMA user_version = 99");
                            }
                            return withHistory(dir, db);
                        },
                        "error: history database ",
                        "newer.db",
                        "schema version 99",
                        "newer"),
                bad(
                        "home under a regular file (no folder can be made)",
                        dir -> {
                            Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
                            List<String> a = args(dir, Fixtures.jar(dir, "Assets", ONE_ASSET), "list");
                            a.set(a.indexOf("--home") + 1, file.resolve("home").toString());
                            return a;
                        },
                        "history database",
                        "a-file",
                        "Not a directory"),
                bad(
                        "read-only home (tmpfs remounted read-only)",
                        dir -> {
                            Assumptions.assumeTrue(root, "only root can remount; permissions cover the rest");
                            Path home = tmpfs(dir, "4m");
                            assertEquals(0, Fixtures.run("mount", "-o", "remount,ro", home.toString()));
                            Path jar = Fixtures.jar(dir, "Assets", ONE_ASSET);
                            return List.of("--jar", jar.toString(), "--home", home.toString(), "list");
                        },
                        "history database",
                        "mnt"));
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    static Result cli(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = AssetStudioCli.run(args.toArray(String[]::new), o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path caseDir(Case c) {
        try {
            return Files.createDirectories(base.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersWithItsExitCodeAndOneClearLine(Case c) throws Exception {
        Result r = cli(c.setup().args(caseDir(c)));

        assertEquals(c.outcome().exit, r.exit(), r::toString);
        assertFalse(
                r.err().contains("\tat ") || r.out().contains("\tat "), () -> "no stack trace without --debug: " + r);
        assertFalse(r.err().contains("Exception in thread"), r::toString);
        List<String> lines = r.err().lines().toList();
        if (c.outcome() == Outcome.BAD_INPUT) {
            // `error: <message>`, and nothing else but the message's own problem lines ("  - …")
            assertFalse(lines.isEmpty(), r::toString);
            assertTrue(lines.get(0).startsWith("error: "), r::toString);
            assertTrue(lines.get(0).length() > "error: ".length() + 10, r::toString);
            for (String line : lines.subList(1, lines.size())) {
                assertTrue(line.startsWith("  - "), () -> "only problem lines follow the error line: " + r);
            }
            assertMentions(r.err(), c.culprit().toArray(String[]::new));
            assertEquals("", r.out(), r::toString);
        } else {
            // one ✗ line for the step, as it fails (stderr) and again under the summary (stdout)
            List<String> failures =
                    lines.stream().filter(l -> l.startsWith("✗ ")).toList();
            assertEquals(1, failures.size(), r::toString);
            String line = failures.get(0);
            assertTrue(line.startsWith("✗ asset ") && line.contains(" failed in "), r::toString);
            assertMentions(line, c.culprit().toArray(String[]::new));
            assertTrue(r.out().lines().anyMatch(line::equals), () -> "the summary repeats it: " + r);
            assertTrue(
                    r.out().startsWith("Run ")
                            && r.out().lines().findFirst().orElseThrow().contains(" FAILED "),
                    r::toString);
            assertFalse(r.err().contains("error: "), r::toString);
        }
    }

    @org.junit.jupiter.api.Test
    void debugShowsTheStackTraceOfABadJar() throws Exception {
        Path dir = Files.createDirectories(base.resolve("debug"));
        List<String> a = new ArrayList<>(listing(
                        """
                        public final class Assets {
                            static final int N = Integer.parseInt("not a number");
                            @Asset public static int a() { return N; }
                        }
                        """)
                .args(dir));
        a.add("--debug");
        Result r = cli(a);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("error: cannot load"), r::toString);
        assertTrue(r.err().contains("\tat "), r::toString);
    }
}
