package dev.assetstudio.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.cli.AssetStudioCli;
import dev.assetstudio.engine.history.LogLineRecord;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.history.StepAttempts;
import dev.assetstudio.engine.history.StepEventRecord;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.run.StepEventType;
import dev.assetstudio.engine.testing.TestJars;
import dev.assetstudio.engine.worker.SpyJars;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real worker members, each its own JVM on loopback, and this JVM as the coordinator: a run
 * spread over them with every value right; a worker killed with SIGKILL mid-step, its step retried
 * on another and the retry in history; an in-memory I/O manager refused before anything runs; a
 * storage path a worker cannot reach failing the step with the path and the worker named; asset
 * checks run on the workers with their results in history, and log lines arriving while a step runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterRunTest {
    private static final String ASSETS =
            """
            package com.x;
            import dev.assetstudio.api.*;
            import java.nio.file.*;
            public final class Spread {
                static int work(AssetContext context, int value) throws Exception {
                    context.log().info("computed in " + ProcessHandle.current().pid());
                    Thread.sleep(300);
                    return value;
                }
                @Asset public static Integer a1(AssetContext c) throws Exception { return work(c, 1); }
                @Asset public static Integer a2(AssetContext c) throws Exception { return work(c, 2); }
                @Asset public static Integer a3(AssetContext c) throws Exception { return work(c, 3); }
                @Asset public static Integer a4(AssetContext c) throws Exception { return work(c, 4); }
                @Asset public static Integer a5(AssetContext c) throws Exception { return work(c, 5); }
                @Asset public static Integer a6(AssetContext c) throws Exception { return work(c, 6); }
                @Asset public static Integer total(Integer a1, Integer a2, Integer a3, Integer a4, Integer a5, Integer a6) {
                    return a1 + a2 + a3 + a4 + a5 + a6;
                }
                @Asset public static Output<Integer> slow() throws Exception {
                    Path markers = Path.of(System.getProperty("cluster.test.markers"));
                    Files.writeString(markers.resolve("slow-" + ProcessHandle.current().pid()), "started");
                    Thread.sleep(3000);
                    return Output.of(99).withMetadata("attempt_pid", ProcessHandle.current().pid());
                }
            }
            """;

    @TempDir
    static Path dir;

    private static LocalWorkers workers;
    private static Path markers;
    private static Path jar;

    @BeforeAll
    static void startWorkers() throws Exception {
        markers = Files.createDirectories(dir.resolve("markers"));
        jar = TestJars.compile(dir, Map.of("com.x.Spread", ASSETS));
        workers = LocalWorkers.start(3, dir, List.of("-Dcluster.test.markers=" + markers));
    }

    @AfterAll
    static void stopWorkers() {
        if (workers != null) {
            workers.close();
        }
    }

    private static ProjectOptions options() {
        return ProjectOptions.builder()
                .home(dir.resolve("home"))
                .parallelism(6)
                .execution(Execution.CLUSTER)
                .cluster(workers.settings)
                .build();
    }

    @Test
    @Order(1)
    void aRunSpreadsOverTheWorkersWithEveryValueRight() throws Exception {
        try (Project project = Project.open(jar, options())) {
            ClusterCoordinator cluster = project.cluster().orElseThrow();
            await(() -> cluster.workers().size() == 3, "three workers in the cluster");
            RunResult result = project.materialize(AssetSelection.parse("*total"));
            assertTrue(result.succeeded(), result::toString);

            for (int i = 1; i <= 6; i++) {
                assertEquals(i, project.loadAssetValue(AssetKey.of("a" + i)));
            }
            assertEquals(21, project.loadAssetValue(AssetKey.of("total")));

            project.historyStore().flush();
            List<LogLineRecord> lines = project.history().logLines(result.runId());
            Set<String> computedIn = lines.stream()
                    .map(LogLineRecord::message)
                    .filter(m -> m.startsWith("computed in "))
                    .collect(Collectors.toSet());
            assertEquals(
                    6,
                    lines.stream()
                            .filter(l -> l.message().startsWith("computed in "))
                            .count(),
                    lines::toString);
            assertTrue(computedIn.size() >= 2, "steps ran in more than one worker JVM: " + computedIn);
            assertTrue(
                    !computedIn.contains(
                            "computed in " + ProcessHandle.current().pid()),
                    "no step ran in the coordinator");
            long named = lines.stream()
                    .filter(l -> l.message().startsWith("ran on worker "))
                    .count();
            assertEquals(7, named, "every step names its worker: " + lines);
        }
    }

    @Test
    @Order(1)
    void aWorkerTakesNoMoreStepsAtOnceThanItHasThreads() throws Exception {
        ProjectOptions unbounded = options().toBuilder().parallelism(0).build();
        assertEquals(
                ProjectOptions.CLUSTER_PARALLELISM,
                unbounded.parallelism(),
                "a cluster run is not held to this machine's processors");
        // twelve steps ready at once for 3 workers x 2 threads and one queue place each: three must wait
        StringBuilder nine = new StringBuilder("package com.y; import dev.assetstudio.api.*;"
                + " public final class Nine { static int nap(int v) throws Exception { Thread.sleep(400); return v; }");
        for (int i = 1; i <= 12; i++) {
            nine.append(" @Asset public static Integer b")
                    .append(i)
                    .append("() throws Exception { return nap(")
                    .append(i)
                    .append("); }");
        }
        Path nineJar = TestJars.compile(Files.createDirectories(dir.resolve("nine")), Map.of("com.y.Nine", nine + "}"));
        try (Project project = Project.open(nineJar, unbounded)) {
            ClusterCoordinator cluster = project.cluster().orElseThrow();
            await(() -> cluster.workers().size() == 3, "three workers in the cluster");
            cluster.timings().clear();
            RunResult result = project.materialize(AssetSelection.all());
            assertTrue(result.succeeded(), result::toString);

            List<StepTiming> timings = cluster.timings().snapshot();
            assertEquals(12, timings.size(), timings::toString);
            Map<String, List<StepTiming>> byWorker =
                    timings.stream().collect(Collectors.groupingBy(StepTiming::worker));
            for (var e : byWorker.entrySet()) {
                // LocalWorkers start each worker with --threads 2; one more step may wait in its queue
                assertTrue(maxRunning(e.getValue()) <= 2, e.getKey() + " ran more than 2 at once: " + e.getValue());
                assertTrue(
                        maxOverlap(e.getValue()) <= 2 + ClusterCoordinator.QUEUED,
                        e.getKey() + " was handed more than its threads and its queue: " + e.getValue());
            }
            for (StepTiming t : timings) {
                assertTrue(
                        t.entered() <= t.submitted()
                                && t.received() <= t.started()
                                && t.started() <= t.ended()
                                && t.ended() <= t.answered(),
                        t::toString);
                assertTrue(t.runMicros() >= 400_000, "the step's own sleep is in its run time: " + t);
                assertTrue(
                        t.started() <= t.loaded()
                                && t.loaded() <= t.computed()
                                && t.computed() <= t.stored()
                                && t.stored() <= t.ended(),
                        "the runner's phases, in order: " + t);
                assertTrue(t.computeMicros() >= 400_000, "the sleep is in the asset's method: " + t);
                assertTrue(
                        t.workerCpuMicros() > 0 && t.workerCpuMicros() < t.computeMicros(),
                        "the worker's thread spent CPU on the step, not on its sleep: " + t);
            }

            // the steps that waited for a thread said so, and started only when they got one
            project.historyStore().flush();
            List<StepEventRecord> events = project.history().stepEvents(result.runId());
            Map<AssetKey, List<StepEventType>> byStep = events.stream()
                    .collect(Collectors.groupingBy(
                            StepEventRecord::assetKey,
                            java.util.LinkedHashMap::new,
                            Collectors.mapping(StepEventRecord::type, Collectors.toList())));
            List<AssetKey> waited = byStep.entrySet().stream()
                    .filter(e -> e.getValue().contains(StepEventType.WAITING))
                    .map(Map.Entry::getKey)
                    .toList();
            assertTrue(waited.size() >= 3, "12 steps on 6 threads and 3 queue places: at least 3 wait; " + events);
            for (AssetKey step : waited) {
                assertEquals(
                        List.of(StepEventType.WAITING, StepEventType.STARTED, StepEventType.SUCCEEDED),
                        byStep.get(step),
                        step + " waited, then started, then ended: " + events);
            }
            assertTrue(
                    events.stream()
                            .filter(e -> e.type() == StepEventType.WAITING)
                            .allMatch(e -> e.message()
                                    .startsWith("waiting for a worker: every thread of cluster '"
                                            + workers.settings.name() + "' (3 workers) is busy")),
                    events::toString);
        }
    }

    /** The most attempts one worker ran at once, by its own times (a thread took the task → answered). */
    private static int maxRunning(List<StepTiming> timings) {
        int most = 0;
        for (StepTiming t : timings) {
            long at = t.received();
            int running = (int) timings.stream()
                    .filter(o -> o.received() <= at && at < o.answered())
                    .count();
            most = Math.max(most, running);
        }
        return most;
    }

    /**
     * The most attempts handed to one worker at once, by the coordinator's times (sent → result
     * seen): a task queued on the worker behind busy threads counts too.
     */
    private static int maxOverlap(List<StepTiming> timings) {
        int most = 0;
        for (StepTiming t : timings) {
            long at = t.submitted();
            int running = (int) timings.stream()
                    .filter(o -> o.submitted() <= at && at < o.seen())
                    .count();
            most = Math.max(most, running);
        }
        return most;
    }

    @Test
    @Order(2)
    void aWorkerKilledMidStepCostsAnAttemptAndTheRetryIsInHistory() throws Exception {
        try (Project project = Project.open(jar, options())) {
            ClusterCoordinator cluster = project.cluster().orElseThrow();
            await(() -> cluster.workers().size() == 3, "three workers in the cluster");
            RunHandle handle = project.submit(AssetSelection.parse("slow"), RunRequest.empty());

            await(() -> firstMarker().isPresent(), "the slow step to start on a worker");
            long victim = firstMarker().orElseThrow();
            RunResult result;
            try (ClusterMonitor monitor = ClusterMonitor.connect(workers.settings, Duration.ofSeconds(10))) {
                // asked, the worker running it says so (the cluster panel's list)
                List<ClusterMember> members = monitor.members();
                assertTrue(
                        members.stream()
                                .anyMatch(m -> m.name().startsWith(victim + "@")
                                        && m.running().stream()
                                                .anyMatch(s -> s.asset().equals("slow"))),
                        members::toString);
                ProcessHandle.of(victim).orElseThrow().destroyForcibly(); // SIGKILL

                result = handle.await();
                assertTrue(result.succeeded(), result::toString);
                List<ClusterMember> after = monitor.members();
                assertTrue(after.stream().allMatch(m -> m.running().isEmpty()), after::toString);
                // the monitor saw it go, by the name steps give it
                await(
                        () -> monitor.departed().stream().anyMatch(d -> d.name().startsWith(victim + "@")),
                        "the departure");
                assertTrue(after.stream().noneMatch(m -> m.name().startsWith(victim + "@")), after::toString);
            }
            assertEquals(99, project.loadAssetValue(AssetKey.of("slow")));

            project.historyStore().flush();
            long ranIn = ((Number) project.history()
                            .latestMaterialization(AssetKey.of("slow"))
                            .orElseThrow()
                            .metadata()
                            .get("attempt_pid"))
                    .longValue();
            assertNotEquals(victim, ranIn, "the value is the retry's, on another worker");
            List<String> lines = project.history().logLines(result.runId(), AssetKey.of("slow")).stream()
                    .map(LogLineRecord::message)
                    .toList();
            assertTrue(
                    lines.stream()
                            .anyMatch(l -> l.startsWith("retry: worker ") && l.contains("left while running `slow`")),
                    lines::toString);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("ran on worker " + ranIn + "@")), lines::toString);

            // history has the retry as a step event, with its cause: the run view's attempt and the CLI's
            List<StepEventRecord> events = project.history().stepEvents(result.runId());
            StepAttempts attempts = StepAttempts.of(events).get(StepKey.of(AssetKey.of("slow")));
            assertEquals(2, attempts.count(), events::toString);
            assertTrue(attempts.lostCauses().get(0).startsWith("worker " + victim + "@"), attempts::toString);
            assertEquals(
                    List.of(StepEventType.STARTED, StepEventType.RETRIED, StepEventType.SUCCEEDED),
                    events.stream().map(StepEventRecord::type).toList());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = AssetStudioCli.run(
                    new String[] {
                        "logs", result.runId(), "--home", dir.resolve("home").toString()
                    },
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            String logs = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, logs);
            assertTrue(logs.contains("STEP_RETRIED slow: attempt 2 (attempt 1 lost: worker " + victim + "@"), logs);
        }
    }

    @Test
    @Order(3)
    void theCommandLineMaterializesOnTheCluster() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AssetStudioCli.run(
                new String[] {
                    "materialize",
                    "--jar",
                    jar.toString(),
                    "--home",
                    dir.resolve("cli-home").toString(),
                    "--cluster",
                    workers.settings.name(),
                    "--join",
                    String.join(",", workers.settings.join()),
                    "--select",
                    "a3",
                    "--verbose"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        assertTrue(printed.contains("SUCCEEDED"), printed);
        assertTrue(printed.contains("ran on worker "), printed);
        assertTrue(!printed.contains("computed in " + ProcessHandle.current().pid()), printed);
    }

    @Test
    @Order(4)
    void aRebuiltJarIsWhatTheWorkersRunNext() throws Exception {
        Path rebuilt = dir.resolve("versions.jar");
        for (int version = 1; version <= 2; version++) {
            Path built = TestJars.compile(
                    Files.createDirectories(dir.resolve("v" + version)),
                    Map.of(
                            "com.x.Versioned",
                            "package com.x;\nimport dev.assetstudio.api.*;\n"
                                    + "public final class Versioned { @Asset public static Integer version() { return "
                                    + version + "; } }\n"));
            Files.copy(built, rebuilt, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (Project project = Project.open(rebuilt, options())) {
                RunResult result = project.materialize(AssetSelection.parse("version"));
                assertTrue(result.succeeded(), result::toString);
                assertEquals(
                        version, project.loadAssetValue(AssetKey.of("version")), "the workers ran build " + version);
            }
        }
    }

    @Test
    @Order(5)
    void anInMemoryIoManagerIsRefusedBeforeAnythingRuns() {
        Path inMemory = TestJars.compile(
                dir,
                Map.of(
                        "com.x.Mem",
                        """
                        package com.x;
                        import dev.assetstudio.api.*;
                        public final class Mem implements DefinitionsProvider {
                            @Asset public static int a() { return 1; }
                            public Definitions definitions() {
                                return Definitions.builder().assets(Mem.class)
                                        .resource("io_manager", new InMemoryIOManager()).build();
                            }
                        }
                        """),
                true,
                TestJars.providers("com.x.Mem"));
        ClusterException e = assertThrows(ClusterException.class, () -> Project.open(inMemory, options()));
        assertTrue(e.getMessage().contains("resource 'io_manager' is an InMemoryIOManager"), e.getMessage());
        assertTrue(e.getMessage().contains("FilesystemIOManager"), e.getMessage());
    }

    @Test
    @Order(6)
    void aWorkerThatCannotReachTheStoragePathFailsTheStepNamingThePathAndItself() throws Exception {
        Path home = dir.resolve("unmounted-home");
        ProjectOptions options = options().toBuilder().home(home).build();
        try (Project project = Project.open(jar, options)) {
            Path storage = options.storage();
            assertTrue(Files.isDirectory(storage), "the coordinator creates the storage path");
            // what a worker sees where the shared storage is not mounted: no such directory
            Files.delete(storage);

            RunResult result = project.materialize(AssetSelection.parse("a1"));

            assertTrue(!result.succeeded(), result::toString);
            String failure = result.failures().values().iterator().next();
            assertTrue(failure.contains("cannot reach the storage path " + storage), failure);
            assertTrue(failure.matches("(?s).*worker \\d+@127\\.0\\.0\\.1:\\d+ cannot reach.*"), failure);
            assertTrue(failure.contains("no such directory"), failure);
            assertTrue(!Files.exists(storage), "the worker did not create a storage only it can see");
        }
    }

    @Test
    @Order(7)
    void checkResultsComeBackAndLogLinesArriveWhileTheStepRuns() throws Exception {
        Path ack = dir.resolve("ack");
        Path checked = TestJars.compile(
                Files.createDirectories(dir.resolve("checked")),
                Map.of(
                        "com.x.Checked",
                        """
                        package com.x;
                        import dev.assetstudio.api.*;
                        import java.nio.file.*;
                        public final class Checked {
                            @Asset public static Integer talks(AssetContext context) throws Exception {
                                context.log().info("first line");
                                // the coordinator answers once it has the line: a log sent only at the end never is
                                Path ack = Path.of(System.getProperty("cluster.test.markers")).resolveSibling("ack");
                                for (int i = 0; i < 600 && !Files.exists(ack); i++) {
                                    Thread.sleep(50);
                                }
                                if (!Files.exists(ack)) {
                                    throw new IllegalStateException("the coordinator never saw the first line live");
                                }
                                return 5;
                            }
                            @AssetCheck(asset = "talks")
                            public static AssetCheckResult positive(Integer talks) {
                                return AssetCheckResult.of(talks > 0).withMetadata("pid", ProcessHandle.current().pid());
                            }
                        }
                        """));
        try (Project project = Project.open(checked, options())) {
            project.addRunListener(event -> {
                if (event instanceof dev.assetstudio.engine.run.event.LogLine line
                        && line.message().equals("first line")) {
                    try {
                        Files.writeString(ack, "seen");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            RunResult result = project.materialize(AssetSelection.parse("talks"));
            assertTrue(result.succeeded(), result::toString);

            project.historyStore().flush();
            var evaluations = project.history().checkEvaluations(AssetKey.of("talks"), "positive", 10);
            assertEquals(1, evaluations.size(), evaluations::toString);
            assertTrue(evaluations.get(0).passed());
            assertEquals(result.runId(), evaluations.get(0).runId());
            long checkedIn = ((Number) evaluations.get(0).metadata().get("pid")).longValue();
            assertTrue(
                    workers.processes.stream().anyMatch(p -> p.pid() == checkedIn),
                    "the check ran on a worker, not in " + checkedIn);
            List<String> lines = project.history().logLines(result.runId()).stream()
                    .map(LogLineRecord::message)
                    .toList();
            assertEquals(1, lines.stream().filter("first line"::equals).count(), "written once: " + lines);

            RunResult alone = project.materialize(AssetSelection.parse("check:talks/positive"));
            assertTrue(alone.succeeded(), alone::toString);
            project.historyStore().flush();
            assertEquals(
                    2,
                    project.history()
                            .checkEvaluations(AssetKey.of("talks"), "positive", 10)
                            .size());
        }
    }

    @Test
    @Order(8)
    void theCoordinatorPlansFromAWorkersDescriptionAndNeverLoadsTheProjectsClasses() throws Exception {
        Path spyDir = Files.createDirectories(dir.resolve("spy"));
        Path marker = spyDir.resolve("marker.txt");
        Path spy = SpyJars.jar(spyDir, marker);
        long me = ProcessHandle.current().pid();
        try (Project project = Project.open(spy, options())) {
            long describer =
                    project.worker().orElseThrow().running().orElseThrow().pid();
            assertEquals(
                    Set.of("raw", "cooked"),
                    project.assetKeys().stream().map(AssetKey::toString).collect(Collectors.toSet()));
            assertEquals(
                    List.of("morning"),
                    project.automation().schedules().stream().map(s -> s.name()).toList());

            RunResult result = project.materialize(AssetSelection.parse("*cooked"));

            assertTrue(result.succeeded(), result::toString);
            // the values, read back through the describing worker (it renders previews): nothing loads here
            assertEquals(
                    "1", project.previewAssetValue(AssetKey.of("raw"), null).text());
            assertEquals(
                    "2", project.previewAssetValue(AssetKey.of("cooked"), null).text());
            project.historyStore().flush();
            assertEquals(
                    RunRecord.CLUSTER_PREFIX + workers.settings.name(),
                    project.history().run(result.runId()).orElseThrow().executor());
            List<String> lines = project.history().logLines(result.runId()).stream()
                    .map(LogLineRecord::message)
                    .toList();
            assertEquals(
                    2,
                    lines.stream().filter(l -> l.startsWith("ran on worker ")).count(),
                    lines::toString);

            List<Long> pids = SpyJars.pids(marker);
            assertFalse(pids.contains(me), () -> "the jar's classes were initialized here: " + SpyJars.marks(marker));
            assertTrue(
                    SpyJars.marks(marker).contains("schedules " + describer),
                    () -> "the local worker described the project: " + SpyJars.marks(marker));
            Set<Long> members = workers.processes.stream().map(Process::pid).collect(Collectors.toSet());
            assertTrue(
                    SpyJars.marks(marker).stream()
                            .anyMatch(l -> l.startsWith("assets ")
                                    && members.contains(Long.parseLong(l.substring("assets ".length())))),
                    () -> "a cluster worker ran the assets: " + SpyJars.marks(marker));
        }
        assertFalse(SpyJars.pids(marker).contains(me), () -> "loaded here: " + SpyJars.marks(marker));
    }

    @Test
    @Order(9)
    void aSingleRunAsksForTheClusterWhileTheProjectRunsInItsWorker() throws Exception {
        ProjectOptions inWorker =
                options().toBuilder().execution(Execution.WORKER).build();
        try (Project project = Project.open(jar, inWorker)) {
            assertEquals(List.of(Execution.IN_PROCESS, Execution.WORKER, Execution.CLUSTER), project.executions());
            assertTrue(project.cluster().isEmpty(), "connected only when a run asks for it");

            RunResult onCluster = project.materialize(
                    AssetSelection.parse("a4"),
                    RunRequest.builder().execution(Execution.CLUSTER).build());
            RunResult plain = project.materialize(AssetSelection.parse("a5"));

            assertTrue(onCluster.succeeded(), onCluster::toString);
            assertTrue(plain.succeeded(), plain::toString);
            project.historyStore().flush();
            List<String> clusterLines = project.history().logLines(onCluster.runId()).stream()
                    .map(LogLineRecord::message)
                    .toList();
            assertTrue(clusterLines.stream().anyMatch(l -> l.startsWith("ran on worker ")), clusterLines::toString);
            List<String> plainLines = project.history().logLines(plain.runId()).stream()
                    .map(LogLineRecord::message)
                    .toList();
            assertTrue(plainLines.stream().noneMatch(l -> l.startsWith("ran on worker ")), plainLines::toString);
            long localWorker =
                    project.worker().orElseThrow().running().orElseThrow().pid();
            assertTrue(plainLines.contains("computed in " + localWorker), plainLines::toString);
            assertEquals(
                    "cluster '" + workers.settings.name() + "'",
                    project.history().run(onCluster.runId()).orElseThrow().executorWords());
            assertEquals(
                    "worker process",
                    project.history().run(plain.runId()).orElseThrow().executorWords());
        }
    }

    @Test
    @Order(9)
    void aSingleRunOnTheClusterRunsAsWideAsTheClusterNotAsThisMachine() throws Exception {
        // six steps that each wait, on a worker, until three of them run at once: more than the two
        // processors of this machine (the parallelism of a run in the project's worker process)
        StringBuilder meet = new StringBuilder(
                """
                package com.z;
                import dev.assetstudio.api.*;
                import java.nio.file.*;
                public final class Meet {
                    static int meet(String name) throws Exception {
                        Path dir = Files.createDirectories(
                                Path.of(System.getProperty("cluster.test.markers")).resolve("meet"));
                        Files.writeString(dir.resolve(name), "here");
                        for (int i = 0; i < 1200; i++) {
                            try (var here = Files.list(dir)) {
                                if (here.count() >= 3) {
                                    return 1;
                                }
                            }
                            Thread.sleep(50);
                        }
                        throw new IllegalStateException(name + " never ran beside two other steps");
                    }
                    @Asset public static Integer here() { return 0; }
                """);
        for (int i = 1; i <= 6; i++) {
            meet.append("    @Asset public static Integer m")
                    .append(i)
                    .append("() throws Exception { return meet(\"m")
                    .append(i)
                    .append("\"); }\n");
        }
        Path meetJar = TestJars.compile(Files.createDirectories(dir.resolve("meet")), Map.of("com.z.Meet", meet + "}"));
        ProjectOptions inWorker =
                options().toBuilder().execution(Execution.WORKER).parallelism(0).build();
        try (Project project = Project.open(meetJar, inWorker)) {
            RunHandle plain = project.submit(AssetSelection.parse("here"), RunRequest.empty());
            assertEquals(
                    Runtime.getRuntime().availableProcessors(),
                    plain.parallelism(),
                    "a run in the worker process: this machine's processors");
            assertTrue(plain.await().succeeded());

            RunHandle onCluster = project.submit(
                    AssetSelection.parse("m1,m2,m3,m4,m5,m6"),
                    RunRequest.builder().execution(Execution.CLUSTER).build());

            assertEquals(ProjectOptions.CLUSTER_PARALLELISM, onCluster.parallelism(), "the cluster's parallelism");
            RunResult result = onCluster.await();
            assertTrue(result.succeeded(), result::toString);
        }
    }

    @Test
    @Order(9)
    void theWorkersDropWhatTheyKeptForARunWhenItEnds() throws Exception {
        Path kept = TestJars.compile(
                Files.createDirectories(dir.resolve("kept")),
                Map.of(
                        "com.x.Kept",
                        """
                        package com.x;
                        import dev.assetstudio.api.*;
                        import java.nio.file.*;
                        public final class Kept {
                            @MultiAsset(outs = {@Out(name = "left"), @Out(name = "right")})
                            public static MultiOutput split() { return MultiOutput.of().put("left", 1).put("right", 2); }
                            @Asset public static Integer held(Integer left, Integer right) throws Exception {
                                Path release = Path.of(System.getProperty("cluster.test.markers")).resolve("release-kept");
                                for (int i = 0; i < 1200 && !Files.exists(release); i++) {
                                    Thread.sleep(50);
                                }
                                return left + right;
                            }
                        }
                        """));
        var client = com.hazelcast.client.HazelcastClient.newHazelcastClient(
                HazelcastConfigs.client(workers.settings, 10_000));
        try (Project project = Project.open(kept, options())) {
            RunHandle run = project.submit(AssetSelection.all(), RunRequest.empty());
            // while the run goes on, a worker keeps the multi-asset's shared result for it
            await(() -> keptRuns(client) >= 1, "a worker to keep the run's multi-asset result");
            Files.writeString(markers.resolve("release-kept"), "go");
            RunResult result = run.await();
            assertTrue(result.succeeded(), result::toString);
            assertEquals(3, project.loadAssetValue(AssetKey.of("held")));

            await(() -> keptRuns(client) == 0, "every worker to drop what it kept for the ended run");
        } finally {
            client.shutdown();
        }
    }

    /** What the workers keep for runs, summed over them all. */
    private static int keptRuns(com.hazelcast.core.HazelcastInstance client) {
        int kept = 0;
        for (var answer : client.getExecutorService(HazelcastConfigs.QUERIES)
                .submitToAllMembers(new KeptRunsQuery())
                .values()) {
            try {
                kept += answer.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return kept;
    }

    @Test
    @Order(10)
    void aRunAsksOnlyForWhatTheProjectCanOffer() throws Exception {
        ProjectOptions noCluster =
                options().toBuilder().execution(Execution.WORKER).cluster(null).build();
        try (Project project = Project.open(jar, noCluster)) {
            int runsBefore = project.runs(100).size();
            RunRequest toCluster =
                    RunRequest.builder().execution(Execution.CLUSTER).build();
            List<String> problems = project.validate(AssetSelection.parse("a1"), toCluster);
            assertEquals(1, problems.size(), problems::toString);
            assertTrue(problems.get(0).startsWith("no cluster is set for "), problems.get(0));
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> project.submit(AssetSelection.parse("a1"), toCluster));
            assertEquals(problems.get(0), e.getMessage());
            assertEquals(runsBefore, project.runs(100).size(), "nothing ran");
        }
    }

    private static Optional<Long> firstMarker() {
        try (Stream<Path> files = Files.list(markers)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("slow-"))
                    .map(n -> Long.parseLong(n.substring("slow-".length())))
                    .findFirst();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Polls {@code condition} until it holds, failing after a minute with {@code what}. */
    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
