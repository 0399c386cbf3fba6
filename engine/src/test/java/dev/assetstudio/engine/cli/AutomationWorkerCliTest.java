package dev.assetstudio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.worker.SpyJars;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code automation status} and {@code automation tick} as the command line runs them by default,
 * with a worker: the project's classes are initialized only in worker JVMs, never in this one, and
 * a sensor that exits or hangs fails its own tick while the command goes on.
 */
class AutomationWorkerCliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    private Result cli(Path jar, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(
                List.of("--jar", jar.toString(), "--home", dir.resolve("home").toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String home = System.getProperty(AssetStudioHome.PROPERTY);
        try {
            int code = AssetStudioCli.commandLine(
                            new AssetStudioCli.Console(
                                    new PrintStream(out, true, StandardCharsets.UTF_8),
                                    new PrintStream(err, true, StandardCharsets.UTF_8),
                                    StandardCharsets.UTF_8,
                                    true,
                                    false,
                                    Map.of(),
                                    false),
                            Execution.WORKER)
                    .execute(all.toArray(String[]::new));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            if (home == null) {
                System.clearProperty(AssetStudioHome.PROPERTY);
            } else {
                System.setProperty(AssetStudioHome.PROPERTY, home);
            }
        }
    }

    @Test
    void statusAndTicksRunTheProjectsCodeOnlyInWorkers() {
        Path marker = dir.resolve("marker.txt");
        Path jar = SpyJars.jar(dir, marker);
        long me = ProcessHandle.current().pid();

        Result status = cli(jar, "automation", "status");
        assertEquals(0, status.code(), status.err());
        for (String name : List.of("morning", "inbox", "exits", "hangs", "throws", "declarative_automation")) {
            assertTrue(status.out().contains(name), status.out());
        }

        Result on = cli(jar, "automation", "on", "inbox", "exits", "hangs");
        assertEquals(0, on.code(), on.err());
        Result tick = cli(jar, "automation", "tick", "--now", "2024-01-02T06:00:00Z", "--sensor-timeout", "3");
        String all = tick.out() + tick.err();
        assertTrue(all.contains("sensor inbox: requested"), all);
        assertTrue(all.contains("failed: worker exited with code 5 while evaluating sensor `exits`"), all);
        assertTrue(all.contains("failed: sensor `hangs` did not answer within 3 s"), all);
        assertTrue(all.contains(": succeeded"), "the run the sensor asked for ran in a fresh worker: " + all);

        Result after = cli(jar, "automation", "status");
        assertEquals(0, after.code(), after.err());
        assertTrue(after.out().contains("failed: sensor `hangs` did not answer"), after.out());

        assertFalse(SpyJars.pids(marker).isEmpty(), "the workers loaded the jar's classes");
        assertFalse(
                SpyJars.pids(marker).contains(me),
                () -> "the jar's classes were initialized here: " + SpyJars.marks(marker));
    }
}
