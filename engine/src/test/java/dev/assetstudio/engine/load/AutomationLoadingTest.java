package dev.assetstudio.engine.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AutomationCondition;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedules, sensors and conditions found in jars, and the errors that name what is wrong. */
class AutomationLoadingTest {
    private static final String HEADER =
            """
            package com.x;
            import dev.assetstudio.api.*;
            import java.time.Duration;
            import java.util.*;
            """;

    @TempDir
    Path dir;

    private final ProjectLoader loader = new ProjectLoader();

    private Path jar(String body) {
        return TestJars.builder().source("com.x.A", HEADER + body).build(dir.resolve("a" + System.nanoTime() + ".jar"));
    }

    private List<String> problems(String body) {
        Path jar = jar(body);
        return assertThrows(ProjectLoadException.class, () -> loader.load(jar).close())
                .problems();
    }

    private static void assertProblem(List<String> problems, String... fragments) {
        boolean found = problems.stream().anyMatch(p -> {
            for (String f : fragments) {
                if (!p.contains(f)) {
                    return false;
                }
            }
            return true;
        });
        assertTrue(found, () -> "expected a problem with " + List.of(fragments) + " in " + problems);
    }

    @Test
    void aScannedJarGivesItsSchedulesSensorsAndConditions() {
        Path jar = jar(
                """
                public final class A {
                    public static final ScheduleDefinition NIGHTLY = ScheduleDefinition.of("nightly", "0 2 * * *", "*a");
                    @Asset public static int a() { return 1; }
                    @Asset(automation = "eager | on_cron(0 * * * *)") public static int b(int a) { return a; }
                    @Sensor(intervalSeconds = 5) public static SensorResult watch(SensorContext c) { return SensorResult.skip("x"); }
                }
                """);
        try (LoadedProject p = loader.load(jar)) {
            AutomationDefinitions a = p.automation();
            assertEquals("nightly", a.schedules().get(0).name());
            assertEquals("com.x.A#NIGHTLY", a.schedules().get(0).definedIn());
            assertEquals("watch", a.sensors().get(0).name(), "the method name when no name is given");
            assertEquals(5, a.sensors().get(0).interval().toSeconds());
            assertEquals(
                    AutomationCondition.eager().or(AutomationCondition.onCron("0 * * * *")),
                    a.conditions().get(AssetKey.of("b")));
            assertEquals(List.of("nightly", "watch", AutomationDefinitions.DECLARATIVE), a.switchNames());
        }
    }

    @Test
    void aSensorOnlyClassIsFoundToo() {
        Path jar = TestJars.builder()
                .source("com.x.A", HEADER + "public final class A { @Asset public static int a() { return 1; } }")
                .source(
                        "com.x.S",
                        HEADER
                                + """
                        public final class S {
                            @Sensor(name = "s") public static SensorResult s() { return SensorResult.skip("x"); }
                        }
                        """)
                .build(dir.resolve("s.jar"));
        try (LoadedProject p = loader.load(jar)) {
            assertEquals("s", p.automation().sensors().get(0).name());
        }
    }

    @Test
    void providersGiveSchedulesSensorsAndSpecConditions() {
        Path jar = TestJars.builder()
                .source(
                        "com.x.Defs",
                        HEADER
                                + """
                        public final class Defs implements DefinitionsProvider {
                            public Definitions definitions() {
                                return Definitions.builder()
                                    .asset(AssetSpec.of("a").compute(c -> 1))
                                    .asset(AssetSpec.of("b").ins("a").automation(AutomationCondition.onMissing()).compute((c, in) -> 2))
                                    .schedule(ScheduleDefinition.of("hourly", "0 * * * *", "a").withTimezone("America/New_York"))
                                    .sensor(SensorDefinition.of("poll", Duration.ofSeconds(10), c -> SensorResult.skip("none")))
                                    .build();
                            }
                        }
                        """)
                .provider("com.x.Defs")
                .build(dir.resolve("p.jar"));
        try (LoadedProject p = loader.load(jar)) {
            assertEquals(
                    "America/New_York",
                    p.automation().schedules().get(0).cron().zone().getId());
            assertEquals("poll", p.automation().sensors().get(0).name());
            assertEquals(
                    AutomationCondition.onMissing(), p.automation().conditions().get(AssetKey.of("b")));
        }
    }

    @Test
    void mistakesAreReportedNamingTheCulprit() {
        List<String> problems = problems(
                """
                public final class A {
                    public static final ScheduleDefinition BAD_CRON = ScheduleDefinition.of("bad_cron", "0 6 * *", "a");
                    public static final ScheduleDefinition BAD_FIELD = ScheduleDefinition.of("bad_field", "99 6 * * *", "a");
                    public static final ScheduleDefinition BAD_ZONE = ScheduleDefinition.of("bad_zone", "0 6 * * *", "a").withTimezone("Mars/Olympus");
                    public static final ScheduleDefinition BAD_SELECTION = ScheduleDefinition.of("bad_selection", "0 6 * * *", "nosuch");
                    public static final ScheduleDefinition TWICE = ScheduleDefinition.of("bad_cron", "0 7 * * *", "a");
                    @Asset public static int a() { return 1; }
                    @Asset(automation = "eager &") public static int b(int a) { return a; }
                    @Asset(automation = "on_cron(61 * * * *)") public static int c(int a) { return a; }
                    @Sensor(name = "wrong") public static String wrong(int x) { return ""; }
                }
                """);
        assertProblem(
                problems, "schedule bad_cron (com.x.A#BAD_CRON)", "invalid cron \"0 6 * *\"", "expected 5 fields");
        assertProblem(problems, "schedule bad_field (com.x.A#BAD_FIELD)", "invalid cron \"99 6 * * *\"");
        assertProblem(problems, "schedule bad_zone (com.x.A#BAD_ZONE)", "unknown timezone \"Mars/Olympus\"");
        assertProblem(problems, "schedule bad_selection (com.x.A#BAD_SELECTION)", "invalid selection \"nosuch\"");
        assertProblem(problems, "automation name bad_cron is used twice", "com.x.A#TWICE");
        assertProblem(problems, "asset b (com.x.A#b): invalid automation", "at position 8 (the end)");
        assertProblem(problems, "asset c (com.x.A#c)", "on_cron(61 * * * *)", "invalid cron");
        assertProblem(
                problems,
                "@Sensor method com.x.A#wrong (sensor wrong)",
                "must take one SensorContext or nothing",
                "must return SensorResult");
    }
}
