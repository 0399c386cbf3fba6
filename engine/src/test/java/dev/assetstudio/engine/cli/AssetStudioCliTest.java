package dev.assetstudio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assetstudio.engine.testing.TestJars;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process, on small jars built at test time. */
class AssetStudioCliTest {
    private static final String HEADER =
            """
            package com.x;
            import dev.assetstudio.api.*;
            import java.util.*;
            """;

    @TempDir
    static Path jars;

    @TempDir
    Path home;

    static Path project;
    static Path failing;

    @BeforeAll
    static void buildJars() {
        project = TestJars.builder()
                .source("com.x.Threshold", HEADER + "public record Threshold(int max) implements Config {}")
                .source(
                        "com.x.Assets",
                        HEADER
                                + """
                        public final class Assets {
                            @Asset(group = "raw")
                            public static ArrayList<Integer> numbers(AssetContext context) {
                                context.log().info("made {} numbers", 5);
                                return new ArrayList<>(List.of(1, 2, 3, 4, 5));
                            }
                            @Asset(group = "derived")
                            public static Output<Integer> total(ArrayList<Integer> numbers) {
                                return Output.of(numbers.stream().mapToInt(i -> i).sum()).withMetadata("num_rows", numbers.size());
                            }
                            @Asset(group = "derived")
                            public static Integer small(ArrayList<Integer> numbers, Threshold config) {
                                return (int) numbers.stream().filter(i -> i <= config.max()).count();
                            }
                            @Asset(group = "daily", partitions = @DailyPartitions(start = "2024-01-01", end = "2024-01-04"))
                            public static String day(AssetContext context) { return context.partitionKey(); }
                            @Asset(group = "odd \\"group\\"")
                            public static Integer quoted(Integer total) { return total; }
                        }
                        """)
                .build(jars.resolve("project.jar"));
        failing = TestJars.builder()
                .source(
                        "com.x.Fails",
                        HEADER
                                + """
                        public final class Fails {
                            @Asset public static Integer fine() { return 1; }
                            @Asset public static Integer boom(Integer fine) { throw new IllegalStateException("kaboom"); }
                            @Asset public static Integer after(Integer boom) { return boom; }
                            @Asset public static Integer independent(Integer fine) { return fine + 1; }
                        }
                        """)
                .build(jars.resolve("failing.jar"));
    }

    /** One run's output. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    private Result cli(String... args) {
        return cliWithEnv(Map.of(), args);
    }

    private Result cliWithEnv(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--home");
        all.add(home.toString());
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = AssetStudioCli.run(all.toArray(String[]::new), o, e, env);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listShowsKeysGroupsPartitionsAndStatusInAlignedColumns() {
        Result r = cli("--jar", project.toString(), "list");
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("KEY"), r::toString);
        int groupColumn = lines.get(0).indexOf("GROUP");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.length() > groupColumn && line.charAt(groupColumn - 1) == ' ', line);
        }
        assertTrue(r.out().contains("day "), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("day") && l.contains("daily 0/3")), r::toString);
        assertTrue(
                r.out().lines().anyMatch(l -> l.startsWith("numbers") && l.contains("raw") && l.contains("missing")));
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void globalOptionsGoBeforeOrAfterTheSubcommand() {
        assertEquals(0, cli("list", "--jar", project.toString()).exit());
        assertEquals(
                0, cli("--jar", project.toString(), "list", "--group", "raw").exit());
    }

    @Test
    void jarComesFromTheEnvironmentWhenNotGiven() {
        Result r = cliWithEnv(Map.of(AssetStudioCli.JAR_ENV, project.toString()), "list", "--json");
        assertEquals(0, r.exit(), r::toString);
        Result none = cli("list");
        assertEquals(2, none.exit(), none::toString);
        assertTrue(none.err().startsWith("error: no asset jar given: pass --jar PATH or set ASSET_STUDIO_JAR"));
    }

    @Test
    void listJsonAndStatusAfterARun() throws Exception {
        Result run = cli("--jar", project.toString(), "materialize", "--select", "*total");
        assertEquals(0, run.exit(), run::toString);
        Result r = cli("--jar", project.toString(), "list", "--json", "--group", "derived");
        assertEquals(0, r.exit(), r::toString);
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertEquals(2, array.size());
        JsonNode total = array.get(1);
        assertEquals("total", total.get("key").asText());
        assertEquals("derived", total.get("group").asText());
        assertEquals("FRESH", total.get("status").asText(), r::toString);
        assertEquals(
                5,
                total.get("lastMaterialization").get("metadata").get("num_rows").asInt());
        assertEquals("numbers", total.get("upstream").get(0).asText());
        assertEquals("MISSING", array.get(0).get("status").asText());
    }

    @Test
    void unknownGroupIsBadInput() {
        Result r = cli("--jar", project.toString(), "list", "--group", "nope");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no group nope (groups: daily, derived"), r::toString);
    }

    @Test
    void materializePrintsAStepLineEachAndASummary() {
        Result r = cli("--jar", project.toString(), "materialize", "--select", "*total", "--verbose");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("✓ numbers "), r::toString);
        assertTrue(r.err().contains("✓ total "), r::toString);
        assertTrue(r.err().contains("[numbers] INFO made 5 numbers"), r::toString);
        assertTrue(
                r.out()
                        .matches("(?s)Run \\S+ SUCCEEDED in .*: 2 steps, 2 succeeded, 0 failed, 0 skipped, 0 not"
                                + " materialized\\R"),
                r::toString);
    }

    @Test
    void materializeWithConfigAndPartitions() throws Exception {
        Result cfg = cli(
                "--jar", project.toString(), "materialize", "-s", "*small", "--config", "{\"small\": {\"max\": 3}}");
        assertEquals(0, cfg.exit(), cfg::toString);
        Result range = cli(
                "--jar", project.toString(), "materialize", "-s", "day", "--partition-range", "2024-01-01..2024-01-03");
        assertEquals(0, range.exit(), range::toString);
        assertTrue(range.out().contains("3 steps, 3 succeeded"), range::toString);
        assertTrue(range.err().contains("✓ day[2024-01-02] "), range::toString);
        Result one = cli("--jar", project.toString(), "materialize", "-s", "day", "--partition", "2024-01-02");
        assertEquals(0, one.exit(), one::toString);

        // the run's partitions and config are kept, and shown by 'logs' and 'runs'
        Result rangeLogs = cli("logs", range.out().split(" ")[1]);
        assertEquals(0, rangeLogs.exit(), rangeLogs::toString);
        assertTrue(rangeLogs.out().contains("partitions 2024-01-01, 2024-01-02, 2024-01-03"), rangeLogs::toString);
        assertTrue(rangeLogs.out().contains("config     none"), rangeLogs::toString);
        assertTrue(rangeLogs.out().contains("ran on     in-process"), rangeLogs::toString);
        Result cfgLogs = cli("logs", cfg.out().split(" ")[1]);
        assertTrue(cfgLogs.out().contains("config     small: max=3"), cfgLogs::toString);
        assertTrue(cfgLogs.out().contains("partitions none"), cfgLogs::toString);
        Result runs = cli("runs", "--json");
        JsonNode cfgRun = new ObjectMapper().readTree(runs.out()).get(2);
        assertEquals(3, cfgRun.at("/config/small/max").asInt(), runs::toString);
        assertEquals(0, cfgRun.at("/partitions/small").size(), runs::toString);
        assertEquals("in-process", cfgRun.get("executor").asText(), runs::toString);
        String table = cli("runs").out();
        assertTrue(table.contains("2024-01-02"), "the PARTITIONS column");
        assertTrue(table.lines().findFirst().orElseThrow().contains(" ON "), table);
        assertTrue(table.contains(" in-process "), "the ON column: " + table);
    }

    @Test
    void configFile() throws Exception {
        Path file = Files.writeString(home.resolve("config.json"), "{\"small\": {\"max\": 2}}");
        Result r = cli("--jar", project.toString(), "materialize", "-s", "*small", "--config-file", file.toString());
        assertEquals(0, r.exit(), r::toString);
        Result missing = cli("--jar", project.toString(), "materialize", "-s", "*small", "--config-file", "nope.json");
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("config file not found"), missing::toString);
    }

    @Test
    void badConfigIsBadInputNamingThePositionOrField() {
        Result syntax =
                cli("--jar", project.toString(), "materialize", "-s", "*small", "--config", "{\"small\": {max: 3}}");
        assertEquals(2, syntax.exit(), syntax::toString);
        assertTrue(syntax.err().startsWith("error: --config is not valid JSON at line 1, column 12"), syntax::toString);

        Result notObject =
                cli("--jar", project.toString(), "materialize", "-s", "*small", "--config", "{\"small\": 3}");
        assertEquals(2, notObject.exit());
        assertTrue(notObject.err().contains("the config of small must be a JSON object"), notObject::toString);

        Result wrongType = cli(
                "--jar",
                project.toString(),
                "materialize",
                "-s",
                "*small",
                "--config",
                "{\"small\": {\"max\": \"x\"}}");
        assertEquals(2, wrongType.exit(), wrongType::toString);
        assertTrue(wrongType.err().startsWith("error: cannot run: 1 problem"), wrongType::toString);
        assertTrue(wrongType.err().contains("max"), wrongType::toString);

        Result missing = cli("--jar", project.toString(), "materialize", "-s", "*small");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("asset small needs config Threshold"), missing::toString);

        Result unknownAsset =
                cli("--jar", project.toString(), "materialize", "-s", "*small", "--config", "{\"smal\": {\"max\": 1}}");
        assertEquals(2, unknownAsset.exit());
        assertTrue(unknownAsset.err().contains("names no asset smal; did you mean small?"), unknownAsset::toString);
    }

    @Test
    void badSelectionsAndPartitionsAreBadInput() {
        Result unknown = cli("--jar", project.toString(), "materialize", "-s", "totl");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no asset totl; did you mean total?"), unknown::toString);
        Result syntax = cli("--jar", project.toString(), "materialize", "-s", "a,,b");
        assertEquals(2, syntax.exit());
        Result emptyGroup = cli("--jar", project.toString(), "materialize", "-s", "group:none");
        assertEquals(2, emptyGroup.exit());
        assertTrue(emptyGroup.err().contains("matches no asset"), emptyGroup::toString);
        Result range = cli("--jar", project.toString(), "materialize", "-s", "day", "--partition-range", "2024-01-01");
        assertEquals(2, range.exit());
        assertTrue(range.err().contains("is not FROM..TO"), range::toString);
        Result both = cli(
                "--jar",
                project.toString(),
                "materialize",
                "-s",
                "day",
                "--partition",
                "2024-01-01",
                "--partition-range",
                "2024-01-01..2024-01-02");
        assertEquals(2, both.exit(), both::toString);
        assertTrue(both.err().contains("mutually exclusive"), both::toString);
        Result outside = cli("--jar", project.toString(), "materialize", "-s", "day", "--partition", "2023-01-01");
        assertEquals(2, outside.exit(), outside::toString);
    }

    @Test
    void aFailingStepExitsOneWithALineNamingAssetAndPhase() {
        Result r = cli("--jar", failing.toString(), "materialize", "-s", "*", "--parallelism", "1");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("FAILED"), r::toString);
        assertTrue(r.out().contains("4 steps, 2 succeeded, 1 failed, 1 skipped, 0 not materialized"), r::toString);
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(l -> l.startsWith("✗ ")
                                && l.contains("boom")
                                && l.contains("compute")
                                && l.contains("kaboom")),
                r::toString);
        assertTrue(r.err().contains("↷ after skipped (upstream boom failed"), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
        Result logs = cli("logs", r.out().split(" ")[1]);
        assertEquals(0, logs.exit(), logs::toString);
        assertTrue(logs.out().contains("STEP_FAILED boom"), logs::toString);
    }

    @Test
    void historyShowsMaterializationsNewestFirstAndRuns() throws Exception {
        cli("--jar", project.toString(), "materialize", "-s", "*total");
        cli("--jar", project.toString(), "materialize", "-s", "total");
        Result r = cli("--jar", project.toString(), "history", "total");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("total: 2 materializations"), r::toString);
        assertTrue(r.out().contains("num_rows=5"), r::toString);
        assertTrue(r.out().contains("Latest runs touching total:"), r::toString);
        Result json = cli("--jar", project.toString(), "history", "total", "--json", "--limit", "1");
        JsonNode o = new ObjectMapper().readTree(json.out());
        assertEquals(2, o.get("materializationCount").asInt());
        assertEquals(1, o.get("materializations").size());
        assertEquals(1, o.get("runs").size());
        assertEquals("SUCCEEDED", o.get("runs").get(0).get("status").asText());

        Result unknown = cli("--jar", project.toString(), "history", "totl");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no asset totl in project.jar; did you mean total?"), unknown::toString);
        Result never = cli("--jar", project.toString(), "history", "day");
        assertTrue(never.out().contains("day was never materialized."), never::toString);
    }

    @Test
    void graphIsDotWithAClusterPerGroup() {
        Result r = cli("--jar", project.toString(), "graph");
        assertEquals(0, r.exit(), r::toString);
        String dot = r.out();
        assertTrue(dot.startsWith("digraph assets {"), dot);
        for (String group : List.of("raw", "derived", "daily")) {
            assertTrue(dot.contains("subgraph \"cluster_" + group + "\" {"), dot);
            assertTrue(dot.contains("label=\"" + group + "\";"), dot);
        }
        assertTrue(dot.contains("subgraph \"cluster_odd \\\"group\\\"\""), dot);
        assertTrue(dot.contains("\"numbers\" -> \"total\";"), dot);
        assertTrue(dot.contains("\"total\" -> \"quoted\";"), dot);
        assertTrue(dot.strip().endsWith("}"));
        assertEquals(
                dot.chars().filter(c -> c == '{').count(),
                dot.chars().filter(c -> c == '}').count(),
                dot);

        Result selected = cli("--jar", project.toString(), "graph", "--select", "total+");
        assertFalse(selected.out().contains("\"numbers\""), selected::toString);
        assertTrue(selected.out().contains("\"total\" -> \"quoted\";"), selected::toString);
    }

    @Test
    void runsListsRecentRunsWithoutAJar() {
        assertTrue(cli("runs").out().contains("No runs yet."));
        cli("--jar", project.toString(), "materialize", "-s", "numbers");
        Result r = cli("runs", "--limit", "5");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("RUN "), r::toString);
        assertTrue(r.out().contains("SUCCEEDED"), r::toString);
        Result logs = cli("logs", "no-such-run");
        assertEquals(2, logs.exit());
    }

    @Test
    void badJarsAreBadInput() throws Exception {
        Result missing = cli("--jar", home.resolve("nope.jar").toString(), "list");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("error: jar file not found: "), missing::toString);

        Path corrupt = Files.write(home.resolve("corrupt.jar"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Result bad = cli("--jar", corrupt.toString(), "list");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().startsWith("error: cannot load corrupt.jar"), bad::toString);
        assertFalse(bad.err().contains("\tat "), bad::toString);

        Path cyclic = TestJars.compile(
                home,
                Map.of(
                        "com.x.Cycle",
                        HEADER
                                + """
                        public final class Cycle {
                            @Asset public static Integer a(Integer b) { return 1; }
                            @Asset public static Integer b(Integer a) { return 1; }
                        }
                        """));
        Result cycle = cli("--jar", cyclic.toString(), "list");
        assertEquals(2, cycle.exit());
        assertTrue(cycle.err().contains("\n  - cycle"), cycle::toString);
    }

    @Test
    void badOptionsAreBadInput() {
        Result unknownOption = cli("--jar", project.toString(), "list", "--frobnicate");
        assertEquals(2, unknownOption.exit());
        assertTrue(unknownOption.err().startsWith("error: Unknown option: '--frobnicate'"), unknownOption::toString);
        Result unknownCommand = cli("lst");
        assertEquals(2, unknownCommand.exit());
        assertTrue(unknownCommand.err().contains("Did you mean"), unknownCommand::toString);
        Result noSelect = cli("--jar", project.toString(), "materialize");
        assertEquals(2, noSelect.exit());
        assertTrue(noSelect.err().contains("--select"), noSelect::toString);
        Result parallelism = cli("--jar", project.toString(), "--parallelism", "0", "list");
        assertEquals(2, parallelism.exit());
        Result notANumber = cli("--jar", project.toString(), "--parallelism", "x", "list");
        assertEquals(2, notANumber.exit());
        Result nothing = cli();
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().contains("Usage: asset-studio"), nothing::toString);
    }

    @Test
    void helpAndVersionExitZero() {
        Result help = cli("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("materialize"), help::toString);
        assertTrue(help.out().contains("Exit codes:"), help::toString);
        assertEquals(0, cli("materialize", "--help").exit());
    }

    @Test
    void debugPrintsTheStackTrace() throws Exception {
        Path corrupt = Files.write(home.resolve("corrupt.jar"), new byte[] {1, 2, 3});
        Result r = cli("--jar", corrupt.toString(), "list", "--debug");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("\tat "), r::toString);
    }

    @Test
    void historyDatabaseOptionMovesTheDatabase() throws Exception {
        Path db = home.resolve("elsewhere/h.db");
        Files.createDirectories(db.getParent());
        assertEquals(
                0,
                cli("--jar", project.toString(), "--history", db.toString(), "materialize", "-s", "numbers")
                        .exit());
        assertTrue(Files.exists(db));
        try (Stream<Path> files = Files.list(home)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("history.db")));
        }
    }

    @Test
    void aHistoryDatabaseThatIsNotOneIsBadInput() throws Exception {
        Path db = Files.writeString(home.resolve("garbage.db"), "this is not a database, not even close".repeat(100));
        Result r = cli("--jar", project.toString(), "--history", db.toString(), "list");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("error: history database " + db + " is not a SQLite database"), r::toString);
    }

    @Test
    void materializeOfPartitionedAssetsWithoutPartitionsIsOneBackfillOverAllOfThem() {
        Result r = cli("--jar", project.toString(), "materialize", "-s", "day,numbers,total");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Backfill "), r::toString);
        assertTrue(r.out().contains(" SUCCEEDED "), r::toString);
        assertTrue(r.out().contains("5 targets: 5 succeeded, 0 not materialized, 0 failed, 0 skipped"), r::toString);
        String backfillId = r.out().split(" ")[1];

        Result list = cli("--jar", project.toString(), "list");
        assertTrue(
                list.out()
                        .lines()
                        .anyMatch(l -> l.startsWith("day ") && l.contains("daily 3/3") && l.contains("fresh")),
                list::toString);

        Result backfills = cli("backfills");
        assertEquals(0, backfills.exit(), backfills::toString);
        assertTrue(backfills.out().contains(backfillId) && backfills.out().contains("5/5 done"), backfills::toString);

        String shortId = backfillId.substring(backfillId.lastIndexOf('-') + 1);
        Result show = cli("backfill", "show", shortId);
        assertEquals(0, show.exit(), show::toString);
        assertTrue(show.out().contains("status     succeeded"), show::toString);
        assertTrue(
                show.out()
                        .lines()
                        .anyMatch(l -> l.startsWith("day") && l.contains("2024-01-02") && l.contains("succeeded")),
                show::toString);
        String runId = show.out()
                .lines()
                .filter(l -> l.startsWith("  runs"))
                .findFirst()
                .orElseThrow()
                .substring("  runs".length())
                .strip();
        Result logs = cli("logs", runId.substring(runId.lastIndexOf('-') + 1));
        assertEquals(0, logs.exit(), logs::toString);
        assertTrue(logs.out().contains("STEP_SUCCEEDED day[2024-01-03]"), logs::toString);

        Result cancel = cli("backfill", "cancel", shortId);
        assertEquals(0, cancel.exit(), cancel::toString);
        assertTrue(cancel.out().contains("already ended: succeeded"), cancel::toString);
        Result retry = cli("--jar", project.toString(), "backfill", "retry", shortId);
        assertEquals(2, retry.exit(), retry::toString);
        assertTrue(retry.err().contains("no failed or skipped partition to retry"), retry::toString);
    }

    @Test
    void anUnknownOrAmbiguousIdIsBadInputNamingIt() {
        cli("--jar", failing.toString(), "materialize", "-s", "fine");
        cli("--jar", failing.toString(), "materialize", "-s", "fine");
        Result unknown = cli("backfill", "show", "nope");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("no backfill nope"), unknown::toString);
        Result ambiguous = cli("logs", "2");
        assertEquals(2, ambiguous.exit(), ambiguous::toString);
        assertTrue(ambiguous.err().contains("run id '2' is ambiguous: it matches 2 runs"), ambiguous::toString);
    }
}
