package dev.assetstudio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.history.AutomationStore;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.history.SqliteHistoryStore;
import dev.assetstudio.engine.testing.TestJars;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code automation on|off|tick|status} in-process, and {@code daemon} in a child JVM stopped by SIGTERM. */
class AutomationCliTest {
    @TempDir
    static Path jars;

    static Path jar;

    @TempDir
    Path home;

    @BeforeAll
    static void buildJar() {
        jar = TestJars.builder()
                .source(
                        "com.x.Auto",
                        """
                        package com.x;
                        import dev.assetstudio.api.*;
                        public final class Auto {
                            public static final ScheduleDefinition MORNING =
                                    ScheduleDefinition.of("morning", "0 6 * * *", "raw").withTimezone("Europe/Berlin");
                            public static final ScheduleDefinition EVENING = ScheduleDefinition.of("evening", "0 18 * * *", "other");
                            @Asset public static Integer raw() { return 1; }
                            @Asset public static Integer other() { return 2; }
                            @Asset(automation = "eager") public static Integer cooked(Integer raw) { return raw + 1; }
                            @Sensor(name = "ping", intervalSeconds = 1)
                            public static SensorResult ping(SensorContext c) {
                                return SensorResult.of(MaterializeRequest.of("other").runKey("once"));
                            }
                        }
                        """)
                .build(jars.resolve("auto.jar"));
    }

    record Result(int code, String out, String err) {}

    private Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--jar", jar.toString(), "--home", home.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AssetStudioCli.run(
                all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<RunRecord> runs() {
        try (SqliteHistoryStore h = SqliteHistoryStore.open(home.resolve("history.db"))) {
            return h.runs(0, 100);
        }
    }

    @Test
    void tickAtAGivenInstantLaunchesTheRightRuns() {
        Result on = cli("automation", "on", "morning", "declarative_automation");
        assertEquals(0, on.code(), on.err());
        assertEquals("morning: on\ndeclarative_automation: on\n", on.out());

        // 06:30 in Berlin: the morning schedule is due, the evening one is off anyway.
        Result tick = cli("automation", "tick", "--now", "2024-01-02T05:30:00Z");
        assertEquals(0, tick.code(), tick.err());
        assertTrue(tick.out().contains("schedule morning: requested — cron tick 2024-01-02T06:00+01:00"), tick.out());
        assertTrue(tick.out().contains("  requested raw as run "), tick.out());
        assertFalse(tick.out().contains("other"), tick.out());
        assertTrue(tick.out().contains(": succeeded"), tick.out());
        assertEquals(List.of("raw"), runs().stream().map(RunRecord::selection).toList());

        // A minute later: the schedule is done for the day; cooked is eager on raw's new value.
        Result next = cli("automation", "tick", "--now", "2024-01-02T05:31:00Z");
        assertEquals(0, next.code(), next.err());
        assertTrue(next.out().contains("declarative declarative_automation: requested"), next.out());
        assertTrue(next.out().contains("  requested cooked as run "), next.out());
        assertTrue(
                next.out().contains("eager: cooked was never materialized and its upstreams are present"), next.out());
        assertFalse(next.out().contains("schedule morning"), next.out());
        assertEquals(2, runs().size());
    }

    @Test
    void statusShowsSwitchesNextTickAndLastResult() {
        assertEquals(0, cli("automation", "on", "--all").code());
        assertEquals(0, cli("automation", "off", "evening").code());
        assertEquals(
                0, cli("automation", "tick", "--now", "2024-01-02T05:30:00Z").code());
        Result status = cli("automation", "status");
        assertEquals(0, status.code(), status.err());
        String[] lines = status.out().split("\n");
        String morning = line(lines, "morning");
        assertTrue(morning.contains("schedule") && morning.contains(" on ") && morning.contains("requested"), morning);
        String evening = line(lines, "evening");
        assertTrue(evening.contains(" off ") && evening.contains(" - "), evening);
        assertTrue(line(lines, "ping").contains("every 1 s"), status.out());
        assertTrue(
                line(lines, "declarative_automation").contains("1 asset with an automation condition"), status.out());
    }

    private static String line(String[] lines, String start) {
        for (String l : lines) {
            if (l.startsWith(start + " ")) {
                return l;
            }
        }
        throw new AssertionError("no line for " + start + " in:\n" + String.join("\n", lines));
    }

    @Test
    void badNamesAndInstantsAreRefusedByName() {
        Result unknown = cli("automation", "on", "mornin");
        assertEquals(2, unknown.code());
        assertEquals(
                "error: no schedule or sensor named mornin in the project; known: evening, morning, ping,"
                        + " declarative_automation\n",
                unknown.err());
        Result badNow = cli("automation", "tick", "--now", "yesterday");
        assertEquals(2, badNow.code());
        assertTrue(badNow.err().contains("--now yesterday is not an ISO instant"), badNow.err());
        Result nothing = cli("automation", "tick", "--now", "2024-01-02T05:30:00Z");
        assertEquals(0, nothing.code());
        assertTrue(nothing.out().contains("nothing due (is automation on? see automation status)"), nothing.out());
    }

    @Test
    void theDaemonLogsWhatItDoesAndStopsCleanlyOnSigterm() throws Exception {
        assertEquals(0, cli("automation", "on", "ping").code());
        Path out = home.resolve("daemon.out");
        Process daemon = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        AssetStudioCli.class.getName(),
                        "daemon",
                        "--interval",
                        "1",
                        "--jar",
                        jar.toString(),
                        "--home",
                        home.toString())
                .redirectOutput(out.toFile())
                .redirectError(home.resolve("daemon.err").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!read(out).contains("ping requested") && System.nanoTime() < deadline) {
                assertTrue(daemon.isAlive(), () -> "the daemon died: " + read(home.resolve("daemon.err")));
                Thread.sleep(50);
            }
            String log = read(out);
            assertTrue(log.contains("daemon started: evaluating auto.jar"), log);
            assertTrue(log.contains("ping requested; requested other"), log);
            daemon.destroy(); // SIGTERM, as Ctrl+C
            assertTrue(daemon.waitFor(60, TimeUnit.SECONDS));
            // 143 = 128 + SIGTERM: the JVM's exit status after a signal, once the shutdown hook has stopped the daemon
            assertEquals(143, daemon.exitValue(), () -> read(home.resolve("daemon.err")));
            assertEquals("", read(home.resolve("daemon.err")));
            assertTrue(read(out).contains("stopping the automation daemon"), read(out));
            try (AutomationStore store = AutomationStore.open(home.resolve("history.db"))) {
                assertTrue(store.lease().isEmpty(), "the lease is given back");
                assertEquals(
                        1,
                        store.ticks("ping", 100).stream()
                                .filter(t -> !t.requests().isEmpty()
                                        && t.requests().get(0).runId() != null)
                                .count(),
                        "run key once: requested once");
            }
        } finally {
            daemon.destroyForcibly();
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
