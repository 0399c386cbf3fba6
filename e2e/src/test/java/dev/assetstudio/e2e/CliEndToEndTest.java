package dev.assetstudio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assetstudio.engine.ProjectSettings;
import dev.assetstudio.engine.testing.TestJars;
import dev.assetstudio.engine.worker.WorkerFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar asset-studio-cli.jar} as a user runs it: a child process per command, with
 * {@code ASSET_STUDIO_HOME} set to a fresh directory.
 */
class CliEndToEndTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String HEADER =
            """
            package com.x;
            import dev.assetstudio.api.*;
            import java.util.*;
            """;

    @TempDir
    Path home;

    /** One finished command. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    /** A command with the project's code in the CLI's JVM: these tests are about the command line. */
    private ProcessBuilder command(String... args) {
        return command(true, args);
    }

    private ProcessBuilder command(boolean inProcess, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                E2eJars.cli().toString()));
        if (inProcess) {
            command.add("--in-process");
        }
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = pb.environment();
        env.put("ASSET_STUDIO_HOME", home.toString());
        env.remove("ASSET_STUDIO_JAR");
        env.remove("ASSET_STUDIO_DEBUG");
        return pb;
    }

    private Result cli(String... args) throws Exception {
        return cli(true, args);
    }

    /** The command as a user types it: the project's code in a worker process. */
    private Result workerCli(String... args) throws Exception {
        return cli(false, args);
    }

    private Result cli(boolean inProcess, String... args) throws Exception {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = command(inProcess, args)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("asset-studio " + String.join(" ", args) + " did not end within " + TIMEOUT);
        }
        return new Result(p.exitValue(), read(out), read(err));
    }

    private Result withExample(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--jar", E2eJars.example().toString()));
        all.addAll(List.of(args));
        return cli(all.toArray(String[]::new));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void listShowsEveryAssetOfTheExample() throws Exception {
        Result r = withExample("list");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("KEY"), r::toString);
        for (String key : List.of("cereals", "nutritionSummary", "warehouse/manufacturerLineup", "dailySales")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(key + " ")), key + "\n" + r);
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("dailyPrices") && l.contains("daily 0/14")), r::toString);
        assertFalse(r.err().contains("INFO"), "no engine log lines: " + r);
    }

    @Test
    void materializeThenHistory() throws Exception {
        Result r = withExample("materialize", "--select", "*nutritionSummary");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(l -> l.matches("Run \\S+ SUCCEEDED in .*: 5 steps, 5 succeeded, 0 failed, 0 skipped,"
                                + " 0 not materialized")),
                r::toString);
        assertTrue(r.err().lines().anyMatch(l -> l.contains("sugaryCereals") && l.endsWith("ms")), r::toString);

        Result history = withExample("history", "sugaryCereals");
        assertEquals(0, history.exit(), history::toString);
        assertTrue(history.out().startsWith("sugaryCereals: 1 materialization"), history::toString);
        assertTrue(history.out().contains("num_rows=26"), history::toString);
        assertTrue(history.out().contains("*nutritionSummary"), history::toString);

        Result list = withExample("list", "--group", "nutrition");
        assertTrue(
                list.out().lines().anyMatch(l -> l.startsWith("sugaryCereals") && l.contains("fresh")), list::toString);

        Result runs = cli("runs");
        assertEquals(0, runs.exit(), runs::toString);
        assertTrue(runs.out().contains("SUCCEEDED"), runs::toString);
    }

    @Test
    void materializeWithConfig() throws Exception {
        Result r = withExample(
                "materialize", "--select", "*lowSugarCereals", "--config", "{\"lowSugarCereals\": {\"maxSugars\": 6}}");
        assertEquals(0, r.exit(), r::toString);
        Result history = withExample("history", "lowSugarCereals", "--json");
        assertTrue(history.out().contains("\"num_rows\" : 37"), history::toString);
    }

    @Test
    void materializeAPartitionRange() throws Exception {
        Result r = withExample("materialize", "-s", "dailyPrices*", "--partition-range", "2024-01-01..2024-01-14");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains(": 30 steps, 30 succeeded, 0 failed"), r::toString);
        assertTrue(r.err().contains("dailySales[2024-01-14]"), r::toString);
        Result list = withExample("list", "--group", "sales");
        assertTrue(
                list.out().lines().anyMatch(l -> l.startsWith("dailySales") && l.contains("daily 14/14")),
                list::toString);
    }

    @Test
    void materializeEverythingIsOneBackfillThatMaterializesEveryPartition() throws Exception {
        Result r = withExample("materialize", "--select", "*");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Backfill ") && r.out().contains(" SUCCEEDED "), r::toString);
        assertTrue(r.out().contains("0 failed"), r::toString);
        Result list = withExample("list", "--json");
        assertEquals(0, list.exit(), list::toString);
        com.fasterxml.jackson.databind.JsonNode assets =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(list.out());
        int partitioned = 0;
        for (com.fasterxml.jackson.databind.JsonNode asset : assets) {
            com.fasterxml.jackson.databind.JsonNode partitions = asset.get("partitions");
            if (partitions != null && !partitions.isNull()) {
                partitioned++;
                assertEquals(
                        partitions.get("count").asInt(),
                        partitions.get("materialized").asInt(),
                        asset::toString);
                assertEquals("FRESH", asset.get("status").asText(), asset::toString);
            }
        }
        assertEquals(3, partitioned, list::toString);
        Result backfills = cli("backfills");
        assertTrue(backfills.out().contains("succeeded") && backfills.out().contains("cli"), backfills::toString);
    }

    @Test
    void conditionalAssetsInTheSummary() throws Exception {
        Result r = withExample("materialize", "-s", "*recallNotice");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("1 skipped, 1 not materialized"), r::toString);
        assertTrue(r.err().contains("recallNotice skipped (upstream sodiumRecalls"), r::toString);
    }

    @Test
    void graphIsDotWithAClusterPerGroup() throws Exception {
        Result r = withExample("graph");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("digraph"), r::toString);
        for (String group : List.of("brands", "ingest", "nutrition", "reports", "sales", "warehouse")) {
            assertTrue(r.out().contains("subgraph \"cluster_" + group + "\""), group);
        }
        assertTrue(r.out().contains("\"cereals\" -> \"warehouse/shelfPlacement\";"), r::toString);
        assertTrue(r.out().contains("\"highProteinCereals\" -> \"nutritionSummary\";"), r::toString);
    }

    @Test
    void badInputExitsTwoWithAnErrorLine() throws Exception {
        Result missing = cli("--jar", home.resolve("missing.jar").toString(), "list");
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().startsWith("error: jar file not found"), missing::toString);

        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path corrupt = Files.write(home.resolve("corrupt.jar"), junk);
        Result bad = cli("--jar", corrupt.toString(), "list");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().startsWith("error: cannot load corrupt.jar"), bad::toString);
        assertFalse(bad.err().contains("\tat "), bad::toString);

        Result selection = withExample("materialize", "-s", "sugaryCereal");
        assertEquals(2, selection.exit(), selection::toString);
        assertTrue(selection.err().contains("did you mean sugaryCereals?"), selection::toString);

        Result config = withExample("materialize", "-s", "*lowSugarCereals", "--config", "{\"lowSugarCereals\": ");
        assertEquals(2, config.exit(), config::toString);
        assertTrue(config.err().startsWith("error: --config is not valid JSON at line 1"), config::toString);

        Result wrongConfig = withExample(
                "materialize", "-s", "lowSugarCereals", "--config", "{\"lowSugarCereals\": {\"maxSugars\": \"six\"}}");
        assertEquals(2, wrongConfig.exit(), wrongConfig::toString);
        assertTrue(
                wrongConfig.err().contains("config of asset lowSugarCereals: field 'maxSugars' expects int"),
                wrongConfig::toString);

        Result option = withExample("list", "--colour");
        assertEquals(2, option.exit(), option::toString);
        assertTrue(option.err().startsWith("error: Unknown option: '--colour'"), option::toString);

        Result key = withExample("history", "nope");
        assertEquals(2, key.exit(), key::toString);
    }

    @Test
    void aFailingAssetExitsOneNamingAssetAndPhase() throws Exception {
        Path jar = TestJars.compile(
                home,
                Map.of(
                        "com.x.Fails",
                        HEADER
                                + """
                        public final class Fails {
                            @Asset public static Integer fine() { return 1; }
                            @Asset public static Integer boom(Integer fine) { throw new IllegalStateException("kaboom"); }
                            @Asset public static Integer after(Integer boom) { return boom; }
                        }
                        """));
        Result r = cli("--jar", jar.toString(), "materialize", "-s", "*");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("FAILED"), r::toString);
        assertTrue(r.out().contains("1 succeeded, 1 failed, 1 skipped"), r::toString);
        assertTrue(
                r.out()
                        .lines()
                        .anyMatch(l -> l.contains("boom") && l.contains("failed in compute") && l.contains("kaboom")),
                r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void ctrlCCancelsTheRunAndExits130() throws Exception {
        Path jar = TestJars.compile(
                home,
                Map.of(
                        "com.x.Slow",
                        HEADER
                                + """
                        public final class Slow {
                            @Asset public static Integer quick() { return 1; }
                            @Asset public static Integer slow(Integer quick) throws InterruptedException {
                                Thread.sleep(120_000);
                                return quick;
                            }
                        }
                        """));
        Path out = home.resolve("slow-out.txt");
        Path err = home.resolve("slow-err.txt");
        Process p = command("--jar", jar.toString(), "materialize", "-s", "*slow")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!read(err).contains("quick") && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Assumptions.assumeFalse(
                    ignoresSigint(p.pid()), "SIGINT is ignored in this environment (started in the background)");
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "still running after SIGINT");
            String summary = read(out);
            assertEquals(130, p.exitValue(), summary + read(err));
            assertTrue(summary.contains("CANCELED"), summary);
        } finally {
            p.destroyForcibly();
        }
        Result runs = cli("runs");
        assertTrue(runs.out().lines().anyMatch(l -> l.contains("CANCELED") && l.contains("*slow")), runs::toString);
    }

    @Test
    void byDefaultAnAssetThatExitsOrRunsOutOfMemoryFailsItsStepAndTheCommandGoesOn() throws Exception {
        Path jar = WorkerFixtures.crashyJar(home.resolve("crashy"));
        Result exits = workerCli("--jar", jar.toString(), "--worker-heap", "64m", "materialize", "-s", "exits*");
        assertEquals(1, exits.exit(), exits::toString);
        String both = exits.out() + exits.err();
        assertTrue(both.contains("worker exited with code 3 while computing `exits`"), exits::toString);
        assertTrue(exits.out().contains("1 failed, 1 skipped"), exits::toString);

        // the heap given once is remembered for the jar
        Result hog = workerCli("--jar", jar.toString(), "materialize", "-s", "hog");
        assertEquals(1, hog.exit(), hog::toString);
        assertTrue((hog.out() + hog.err()).contains("worker ran out of memory (-Xmx64m)"), hog::toString);

        Result ok = workerCli("--jar", jar.toString(), "materialize", "-s", "ok");
        assertEquals(0, ok.exit(), ok::toString);
        Result runs = cli("runs");
        assertTrue(runs.out().lines().filter(l -> l.contains("FAILED")).count() >= 2, runs::toString);
        assertTrue(runs.out().lines().anyMatch(l -> l.contains("SUCCEEDED") && l.contains("ok")), runs::toString);

        Path boom = WorkerFixtures.exitsOnLoadJar(home.resolve("boom"));
        Result load = workerCli("--jar", boom.toString(), "list");
        assertEquals(2, load.exit(), load::toString);
        assertTrue(
                load.err().contains("worker exited with code 7 while loading the definitions of " + boom.getFileName()),
                load::toString);
    }

    @Test
    void ctrlCStopsAStepThatIgnoresItsInterruptByKillingItsWorker() throws Exception {
        Path jar = WorkerFixtures.crashyJar(home.resolve("spin"));
        // a short grace, remembered for the jar as the settings dialog would
        new ProjectSettings(null, List.of(), null, 1500L).save(home, jar);
        Path out = home.resolve("spin-out.txt");
        Path err = home.resolve("spin-err.txt");
        Process p = command(false, "--jar", jar.toString(), "materialize", "-s", "spin", "--verbose")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!read(err).contains("spinning") && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Assumptions.assumeFalse(
                    ignoresSigint(p.pid()), "SIGINT is ignored in this environment (started in the background)");
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running after SIGINT");
            assertEquals(130, p.exitValue(), read(out) + read(err));
            assertTrue(read(out).contains("CANCELED"), read(out));
        } finally {
            p.destroyForcibly();
        }
        Result runs = cli("runs");
        assertTrue(runs.out().lines().anyMatch(l -> l.contains("CANCELED") && l.contains("spin")), runs::toString);
    }

    @Test
    void clusterLocalStartsWorkersInItsHomeWithoutHazelcastsWarnings() throws Exception {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = command(
                        false,
                        "cluster",
                        "local",
                        "--workers",
                        "1",
                        "--name",
                        "e2e-" + ProcessHandle.current().pid())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!read(out).contains(" joined cluster e2e-") && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            String printed = read(out) + read(err);
            assertTrue(read(out).contains(" joined cluster e2e-"), printed);
            // the project's own I/O managers in the worker resolve their folders where the CLI's do
            List<String> workers = p.descendants()
                    .map(h -> h.info().commandLine().orElse(""))
                    .filter(c -> c.contains("ClusterWorkerMain"))
                    .toList();
            assertEquals(1, workers.size(), workers::toString);
            assertTrue(workers.get(0).contains("-Dasset.studio.home=" + home.toAbsolutePath()), workers::toString);
            assertFalse(printed.contains("modular environment"), "no page of Hazelcast warnings: " + printed);
        } finally {
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy(); // what Ctrl+C does: its shutdown hook stops the workers
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "cluster local still running");
            for (ProcessHandle child : children) {
                assertTrue(
                        child.onExit().get(60, TimeUnit.SECONDS) != null, "worker " + child.pid() + " still running");
            }
        }
    }

    /** Whether the process ignores SIGINT (bit 2 of SigIgn in /proc/PID/status), as background jobs do. */
    private static boolean ignoresSigint(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return true; // not Linux: do not guess
        }
        Matcher m = Pattern.compile("(?m)^SigIgn:\\s*([0-9a-fA-F]+)").matcher(Files.readString(status));
        return m.find() && (Long.parseUnsignedLong(m.group(1), 16) & 0x2) != 0;
    }
}
