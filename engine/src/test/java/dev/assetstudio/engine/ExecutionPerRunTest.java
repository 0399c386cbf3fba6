package dev.assetstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where one run executes, asked for by its request: a project in a worker process runs one run in
 * this JVM and the next in its worker again, with history saying which; a project loaded here
 * cannot offer a worker for one run, and says so before anything runs. (The cluster, asked for by
 * one run, is in {@code ClusterRunTest} with real members.)
 */
class ExecutionPerRunTest {
    private static final String PID =
            """
            package com.x;
            import dev.assetstudio.api.*;
            public final class Where {
                @Asset public static Long where() { return ProcessHandle.current().pid(); }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aWorkerProjectRunsOneRunHereAndTheNextInItsWorker() {
        Path jar = TestJars.compile(dir, Map.of("com.x.Where", PID));
        ProjectOptions options = ProjectOptions.builder()
                .home(dir.resolve("home"))
                .execution(Execution.WORKER)
                .build();
        long me = ProcessHandle.current().pid();
        try (Project project = Project.open(jar, options)) {
            assertEquals(List.of(Execution.IN_PROCESS, Execution.WORKER), project.executions());

            RunResult here = project.materialize(
                    AssetSelection.parse("where"),
                    RunRequest.builder().execution(Execution.IN_PROCESS).build());
            assertTrue(here.succeeded(), here::toString);
            assertEquals(me, project.loadAssetValue(AssetKey.of("where")));

            RunResult plain = project.materialize(AssetSelection.parse("where"));
            assertTrue(plain.succeeded(), plain::toString);
            long worker = project.worker().orElseThrow().running().orElseThrow().pid();
            assertEquals(worker, project.loadAssetValue(AssetKey.of("where")));
            assertNotEquals(me, worker);

            assertEquals(
                    "in-process",
                    project.history().run(here.runId()).orElseThrow().executorWords());
            assertEquals(
                    "worker process",
                    project.history().run(plain.runId()).orElseThrow().executorWords());
        }
    }

    @Test
    void aProjectLoadedHereCannotOfferAWorkerForOneRun() {
        Path jar = TestJars.compile(dir, Map.of("com.x.Where", PID));
        try (Project project = Project.open(
                jar, ProjectOptions.builder().home(dir.resolve("home")).build())) {
            assertEquals(List.of(Execution.IN_PROCESS), project.executions());
            RunRequest toWorker =
                    RunRequest.builder().execution(Execution.WORKER).build();
            List<String> problems = project.validate(AssetSelection.parse("where"), toWorker);
            assertEquals(
                    List.of(jar.getFileName() + " is loaded in process, so a run of it cannot ask for the worker"
                            + " process; open it in a worker (Run › Run on, or without --in-process)"),
                    problems);
            assertThrows(IllegalArgumentException.class, () -> project.submit(AssetSelection.parse("where"), toWorker));
            assertTrue(project.runs(10).isEmpty(), "nothing ran");
            assertEquals(
                    "in-process",
                    project.history()
                            .run(project.materialize(AssetSelection.parse("where"))
                                    .runId())
                            .orElseThrow()
                            .executorWords());
        }
    }
}
