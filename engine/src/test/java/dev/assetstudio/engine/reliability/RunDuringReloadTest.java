package dev.assetstudio.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the studio's reload does while a run is going: open a new project on the same jar and history,
 * retire the old one with {@code closeWhenIdle()}. The run must finish on the old code even when the
 * jar was rebuilt in between, by rename or by overwriting the file in place.
 */
class RunDuringReloadTest {
    @TempDir
    Path dir;

    /** {@code slow} waits for the gate file; {@code downstream} uses a class first loaded after the reload. */
    private Path build(Path jar, String version, Path gate) {
        String gatePath = gate.toString().replace("\\", "\\\\");
        return TestJars.builder()
                .source(
                        "com.x.Gate",
                        Fixtures.HEADER
                                + """
                        public final class Gate {
                            @Asset public static String slow() throws Exception {
                                Path gate = Path.of("%s");
                                while (!Files.exists(gate)) { Thread.sleep(5); }
                                return "%s";
                            }
                            @Asset public static String downstream(String slow) {
                                return slow + "+" + Late.tag();
                            }
                        }
                        """
                                        .formatted(gatePath, version))
                .source(
                        "com.x.Late",
                        Fixtures.HEADER
                                + """
                        public final class Late {
                            // padding, so that the two versions' entries sit at different offsets
                            static final String PAD = "%s";
                            public static String tag() { return "late-%s"; }
                        }
                        """
                                        .formatted("x".repeat(version.equals("v1") ? 10 : 5000), version))
                .build(jar);
    }

    @Test
    void runFinishesOnOldCodeWhenTheJarIsReplacedByRename() throws Exception {
        reloadDuringRun(false);
    }

    @Test
    void runFinishesOnOldCodeWhenTheJarIsOverwrittenInPlace() throws Exception {
        reloadDuringRun(true);
    }

    private void reloadDuringRun(boolean inPlace) throws Exception {
        Path gate = dir.resolve("gate");
        Path jar = build(dir.resolve("project.jar"), "v1", gate);
        Path v2 = build(dir.resolve("build").resolve("project.jar"), "v2", gate);
        ProjectOptions options = Fixtures.options(dir.resolve("home"), 2);

        Project a = Project.open(jar, options);
        ClassLoader aLoader = a.definitions().classLoader();
        CountDownLatch started = new CountDownLatch(1);
        RunHandle run = a.submit(AssetSelection.all(), RunRequest.empty(), e -> {
            if (e instanceof StepStarted) {
                started.countDown();
            }
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));

        if (inPlace) {
            Files.write(jar, Files.readAllBytes(v2)); // same inode, truncated and rewritten
        } else {
            Files.move(v2, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        try (Project b = Project.open(jar, options)) {
            var idle = a.closeWhenIdle();
            Files.writeString(gate, "open");
            RunResult result = run.await(Duration.ofSeconds(30)).orElseThrow();
            assertEquals(RunStatus.SUCCEEDED, result.runStatus(), result.failures()::toString);
            idle.get(30, TimeUnit.SECONDS);
            assertTrue(a.isClosed());
            assertNull(aLoader.getResource("com/x/Gate.class"), "A's class loader is closed");
            assertTrue(a.activeRuns().isEmpty());

            // values of the finished run come from the old code
            assertEquals("v1+late-v1", b.loadAssetValue(AssetKey.of("downstream")));
            b.historyStore().flush();
            assertEquals(
                    RunStatus.SUCCEEDED,
                    b.history().run(run.runId()).orElseThrow().status());

            // B runs the new code
            RunResult second = b.materialize(AssetSelection.all());
            assertTrue(second.succeeded(), second.failures()::toString);
            assertEquals("v2+late-v2", b.loadAssetValue(AssetKey.of("downstream")));
        }
        assertEquals(0, Fixtures.openDescriptors(jar), "no handle on the jar once both projects are closed");
        assertEquals(Map.of(), Map.of());
    }
}
