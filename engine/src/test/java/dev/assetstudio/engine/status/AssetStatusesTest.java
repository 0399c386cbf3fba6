package dev.assetstudio.engine.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one status model: each case in the words the CLI and the studio print. */
class AssetStatusesTest {
    static final String FAIL = "assetstatusestest.fail";
    static final String GATE = "assetstatusestest.gate";

    private static final String SOURCE =
            """
            package com.x;
            import dev.assetstudio.api.*;
            import java.nio.file.*;
            import java.util.*;
            public final class Cases {
                @Asset public static Integer base() { return 1; }
                @Asset public static Integer derived(Integer base) { return base + 1; }
                @Asset public static Integer fragile() {
                    if (Boolean.getBoolean("%s")) { throw new IllegalStateException("broken"); }
                    return 3;
                }
                @Asset(outputRequired = false) public static Optional<Integer> maybe() { return Optional.empty(); }
                @Asset(partitions = @DailyPartitions(start = "2024-01-01", end = "2024-01-05"))
                public static Integer daily(AssetContext context) { return 1; }
                @Asset public static Integer gated() throws Exception {
                    Path gate = Path.of(System.getProperty("%s"));
                    while (!Files.exists(gate)) { Thread.sleep(10); }
                    return 4;
                }
            }
            """
                    .formatted(FAIL, GATE);

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void open() {
        Path jar = TestJars.compile(dir, Map.of("com.x.Cases", SOURCE));
        project = Project.open(
                jar,
                ProjectOptions.builder()
                        .home(dir.resolve("home"))
                        .parallelism(2)
                        .build());
    }

    @AfterEach
    void close() {
        project.close();
        System.clearProperty(FAIL);
        System.clearProperty(GATE);
    }

    private AssetStatus status(String key) {
        return project.status(AssetKey.of(key));
    }

    @Test
    void neverMaterializedIsMissing() {
        assertEquals(AssetStatus.State.MISSING, status("base").state());
        assertEquals("missing", status("base").words());
        assertEquals("missing · 0/4 partitions", status("daily").summary());
    }

    @Test
    void materializedIsFreshAndANewerUpstreamMakesItStaleWithTheReason() {
        project.materialize(AssetSelection.parse("base,derived"));
        assertEquals("fresh", status("derived").words());
        project.materialize(AssetSelection.parse("base"));
        AssetStatus stale = status("derived");
        assertEquals(AssetStatus.State.STALE, stale.state());
        assertTrue(stale.reason().contains("base"), stale.reason());
        assertEquals(project.statuses().get(AssetKey.of("derived")), stale, "one answer, asked either way");
    }

    @Test
    void aFailedLatestRunIsFailedEvenAfterAnEarlierSuccess() {
        project.materialize(AssetSelection.parse("fragile"));
        System.setProperty(FAIL, "true");
        project.materialize(AssetSelection.parse("fragile"));
        assertEquals(AssetStatus.State.FAILED, status("fragile").state());
        assertEquals("failed", status("fragile").words());
    }

    @Test
    void aConditionalAssetItsLastRunDidNotMaterializeSaysSo() {
        project.materialize(AssetSelection.parse("maybe"));
        AssetStatus maybe = status("maybe");
        assertEquals(AssetStatus.State.NOT_MATERIALIZED, maybe.state());
        assertEquals("not materialized in its last run", maybe.words());
    }

    @Test
    void somePartitionsArePartiallyMaterializedWithTheirCount() {
        project.materialize(
                AssetSelection.parse("daily"),
                RunRequest.builder().partitionKey("2024-01-02").build());
        AssetStatus daily = status("daily");
        assertEquals(AssetStatus.State.PARTIAL, daily.state());
        assertEquals("partially materialized · 1/4 partitions", daily.summary());
        project.materialize(
                AssetSelection.parse("daily"),
                RunRequest.builder().partitionRange("2024-01-01", "2024-01-04").build());
        assertEquals("fresh · 4/4 partitions", status("daily").summary());
    }

    @Test
    void aStepRunningNowIsRunning() throws Exception {
        Path gate = dir.resolve("gate");
        System.setProperty(GATE, gate.toString());
        CountDownLatch started = new CountDownLatch(1);
        RunHandle handle = project.submit(AssetSelection.parse("gated"), RunRequest.empty(), e -> {
            if (e instanceof StepStarted) {
                started.countDown();
            }
        });
        assertTrue(started.await(30, TimeUnit.SECONDS));
        assertEquals("running", status("gated").words());
        Files.createFile(gate);
        handle.await(Duration.ofSeconds(30)).orElseThrow();
        assertEquals("fresh", status("gated").words());
    }
}
