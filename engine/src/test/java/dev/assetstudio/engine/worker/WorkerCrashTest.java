package dev.assetstudio.engine.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.load.ProjectLoadException;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.preview.ValuePreview;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.run.event.LogLine;
import dev.assetstudio.engine.run.event.StepStarted;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real worker processes and real crashes: an asset that exits, one that exhausts a small heap, one
 * that ignores a cancel, a worker killed with SIGKILL, a static initializer that exits. Each costs
 * its step (or the load), never this JVM; history stays intact and the next run gets a new worker.
 */
class WorkerCrashTest {
    private static final AssetKey OK = AssetKey.of("ok");

    @TempDir
    Path dir;

    @Test
    void everyCrashCostsOneStepAndTheNextRunGetsAFreshWorker() throws Exception {
        Path jar = WorkerFixtures.crashyJar(dir);
        try (Project project = Project.open(jar, WorkerFixtures.options(dir.resolve("home")))) {
            assertThrows(
                    ClassNotFoundException.class,
                    () -> Class.forName("com.x.Crashy"),
                    "the project's classes stay in the worker");
            assertTrue(project.assetKeys().containsAll(List.of(OK, AssetKey.of("exits"), AssetKey.of("spin"))));
            long firstPid = pid(project);
            assertNotEquals(ProcessHandle.current().pid(), firstPid);

            List<LogLine> logs = new CopyOnWriteArrayList<>();
            RunResult ok = project.submit(AssetSelection.parse("ok"), RunRequest.empty(), e -> {
                        if (e instanceof LogLine l) {
                            logs.add(l);
                        }
                    })
                    .await();
            assertTrue(ok.succeeded(), ok::toString);
            assertTrue(logs.stream().anyMatch(l -> l.message().equals("ok ran in " + firstPid)), logs::toString);
            project.historyStore().flush();
            assertEquals(
                    7L,
                    project.history()
                            .latestMaterialization(OK)
                            .orElseThrow()
                            .metadata()
                            .get("num_rows"));
            ValuePreview preview = project.previewAssetValue(OK, null);
            assertEquals("42", preview.text());

            // System.exit(3) in a step
            RunResult exits = project.materialize(AssetSelection.parse("exits*"));
            assertEquals(StepStatus.FAILED, exits.status(AssetKey.of("exits")));
            assertEquals(StepStatus.SKIPPED, exits.status(AssetKey.of("afterExits")));
            assertEquals(
                    "worker exited with code 3 while computing `exits`",
                    exits.failures().get(StepKey.of(AssetKey.of("exits"))));
            assertNextRunWorks(project, firstPid);

            // out of memory in a 64 MB worker
            long hogPid = pid(project);
            RunResult hog = project.materialize(AssetSelection.parse("hog"));
            String hogFailure = hog.failures().get(StepKey.of(AssetKey.of("hog")));
            assertTrue(
                    hogFailure.startsWith("worker ran out of memory (-Xmx64m)")
                            && hogFailure.endsWith("while computing `hog`"),
                    hogFailure);
            assertNextRunWorks(project, hogPid);

            // a step that ignores its interrupt: the worker is killed after the grace period
            CountDownLatch started = new CountDownLatch(1);
            RunHandle spin = project.submit(AssetSelection.parse("spin"), RunRequest.empty(), e -> {
                if (e instanceof StepStarted) {
                    started.countDown();
                }
            });
            assertTrue(started.await(30, TimeUnit.SECONDS));
            long spinner = pid(project);
            spin.cancel();
            RunResult canceled = spin.await(Duration.ofSeconds(60)).orElseThrow();
            assertEquals(RunStatus.CANCELED, canceled.runStatus());
            assertEquals(StepStatus.CANCELED, canceled.status(AssetKey.of("spin")));
            assertTrue(ProcessHandle.of(spinner).map(h -> !h.isAlive()).orElse(true), "the spinning worker is gone");
            assertNextRunWorks(project, spinner);

            // kill -9 of the worker in the middle of a step
            CountDownLatch sleeping = new CountDownLatch(1);
            RunHandle sleeper = project.submit(AssetSelection.parse("sleeper"), RunRequest.empty(), e -> {
                if (e instanceof StepStarted) {
                    sleeping.countDown();
                }
            });
            assertTrue(sleeping.await(30, TimeUnit.SECONDS));
            long victim = pid(project);
            assertTrue(ProcessHandle.of(victim).orElseThrow().destroyForcibly());
            RunResult killed = sleeper.await(Duration.ofSeconds(60)).orElseThrow();
            assertEquals(RunStatus.FAILED, killed.runStatus());
            assertEquals(
                    "worker was killed (exit code 137) while computing `sleeper`",
                    killed.failures().get(StepKey.of(AssetKey.of("sleeper"))));
            assertNextRunWorks(project, victim);

            // config is checked here and bound in the worker
            RunResult above = project.materialize(
                    AssetSelection.parse("above"),
                    RunRequest.builder().config("above", Map.of("min", 10)).build());
            assertTrue(above.succeeded(), above::toString);
            assertEquals(List.of(10, 11), project.loadAssetValue(AssetKey.of("above")));
            assertFalse(project.validate(
                            AssetSelection.parse("above"),
                            RunRequest.builder()
                                    .config("above", Map.of("min", "many"))
                                    .build())
                    .isEmpty());

            project.historyStore().flush();
            RunRecord last = project.history().run(killed.runId()).orElseThrow();
            assertEquals(RunStatus.FAILED, last.status());
            assertEquals("ok", WorkerFixtures.integrityCheck(project.options().historyDatabase()));
        }
    }

    @Test
    void aStaticInitializerThatExitsIsALoadErrorAndTwoProjectsHaveTheirOwnWorkers() throws Exception {
        Path boom = WorkerFixtures.exitsOnLoadJar(dir.resolve("boom"));
        ProjectLoadException e = assertThrows(
                ProjectLoadException.class, () -> Project.open(boom, WorkerFixtures.options(dir.resolve("home"))));
        assertTrue(
                e.getMessage()
                        .contains("worker exited with code 7 while loading the definitions of " + boom.getFileName()),
                e.getMessage());

        Path jar = WorkerFixtures.crashyJar(dir.resolve("crashy"));
        long firstPid;
        try (Project first = Project.open(jar, WorkerFixtures.options(dir.resolve("home")))) {
            firstPid = pid(first);
            assertTrue(first.materialize(AssetSelection.parse("ok")).succeeded());
        }
        assertFalse(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false), "closing stops the worker");
        try (Project second = Project.open(jar, WorkerFixtures.options(dir.resolve("home")))) {
            assertNotEquals(firstPid, pid(second));
            assertTrue(second.materialize(AssetSelection.parse("ok")).succeeded());
            assertEquals("ok", WorkerFixtures.integrityCheck(second.options().historyDatabase()));
        }
    }

    @Test
    void aWorkerThatCannotStartIsALoadErrorThatSaysWhy() {
        Path jar = WorkerFixtures.crashyJar(dir);
        var options = WorkerFixtures.options(dir.resolve("home")).toBuilder()
                .workerJvmOptions(List.of("-XX:+NoSuchFlagAtAll"))
                .build();
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> Project.open(jar, options));
        assertTrue(
                e.getMessage().contains("the worker process could not start: it exited with code 1")
                        && e.getMessage().contains("NoSuchFlagAtAll"),
                e.getMessage());
    }

    @Test
    void aWorkerSpeakingAnotherProtocolVersionIsRefused() {
        Path jar = WorkerFixtures.crashyJar(dir);
        var options = WorkerFixtures.options(dir.resolve("home")).toBuilder()
                .workerJvmOptions(List.of("-D" + WorkerProtocol.VERSION_OVERRIDE + "=99"))
                .build();
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> Project.open(jar, options));
        assertTrue(
                e.getMessage()
                        .contains("refused a worker that speaks protocol version 99; this engine speaks version "
                                + WorkerProtocol.VERSION),
                e.getMessage());
    }

    private static void assertNextRunWorks(Project project, long deadPid) {
        RunResult next = project.materialize(AssetSelection.parse("ok"));
        assertTrue(next.succeeded(), next::toString);
        assertNotEquals(deadPid, pid(project), "a fresh worker serves the next run");
    }

    private static long pid(Project project) {
        return project.worker().orElseThrow().running().orElseThrow().pid();
    }
}
