package dev.assetstudio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.ProjectSettings;
import dev.assetstudio.engine.testing.TestJars;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --worker-heap}, {@code --worker-jvm-option} and {@code --parallelism} are remembered per jar. */
class WorkerOptionsCliTest {
    @TempDir
    Path dir;

    @Test
    void limitsGivenOnceAreRememberedForTheJarAndABadHeapIsNamed() {
        Path jar = TestJars.compile(
                dir.resolve("jar"),
                Map.of(
                        "com.x.A",
                        "package com.x;\nimport dev.assetstudio.api.*;\n"
                                + "public final class A { @Asset public static int a() { return 1; } }\n"));
        Path home = dir.resolve("home");
        String[] first = {
            "--jar",
            jar.toString(),
            "--home",
            home.toString(),
            "--worker-heap",
            "128m",
            "--worker-jvm-option=-Dfoo=1",
            "--worker-jvm-option=-Dbar=2",
            "--parallelism",
            "3",
            "list"
        };
        Run r = run(first);
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                new ProjectSettings("128m", List.of("-Dfoo=1", "-Dbar=2"), 3, null), ProjectSettings.load(home, jar));

        Run again = run("--jar", jar.toString(), "--home", home.toString(), "--worker-heap", "1g", "list");
        assertEquals(0, again.exit(), again.err());
        assertEquals(
                new ProjectSettings("1g", List.of("-Dfoo=1", "-Dbar=2"), 3, null), ProjectSettings.load(home, jar));

        Run bad = run("--jar", jar.toString(), "--home", home.toString(), "--worker-heap", "lots", "list");
        assertEquals(AssetStudioCli.EXIT_BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("worker heap 'lots' is not a size -Xmx takes"), bad.err());
        assertEquals("1g", ProjectSettings.load(home, jar).heap(), "a refused heap is not remembered");

        Run timeout = run("--jar", jar.toString(), "--home", home.toString(), "--sensor-timeout", "9", "list");
        assertEquals(0, timeout.exit(), timeout.err());
        assertEquals(9000L, ProjectSettings.load(home, jar).sensorTimeoutMillis(), "the sensor timeout is remembered");
        assertEquals("1g", ProjectSettings.load(home, jar).heap(), "the rest stays");
        Run zero = run("--jar", jar.toString(), "--home", home.toString(), "--sensor-timeout", "0", "list");
        assertEquals(AssetStudioCli.EXIT_BAD_INPUT, zero.exit());
        assertTrue(zero.err().contains("--sensor-timeout: expected a positive number of seconds, got 0"), zero.err());
        assertEquals(
                9000L, ProjectSettings.load(home, jar).sensorTimeoutMillis(), "a refused timeout is not remembered");
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = AssetStudioCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
