package dev.assetstudio.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.ui.StatusBadge;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.event.LogLine;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.RunStarted;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import dev.assetstudio.engine.testing.BadJars;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run panel's state from run events, without a window. */
class RunPanelViewModelTest {

    private static final Instant T0 = Instant.parse("2024-01-01T12:00:00Z");
    private static final StepKey A = StepKey.of(AssetKey.of("a"));
    private static final StepKey B = StepKey.of(AssetKey.of("b"));

    private MainViewModel main;
    private RunPanelViewModel runs;

    @BeforeEach
    void setUp() {
        var session = new StudioSession(BackgroundTasks.synchronous(), Runnable::run);
        main = new MainViewModel();
        runs = new RunPanelViewModel(session, main, new Materializer(session));
    }

    @Test
    void followsALiveRunToItsEnd() {
        runs.apply(List.of(new RunStarted("r1", T0, List.of(A, B), "*b"), new StepStarted("r1", T0, A)));
        assertEquals("r1", runs.runIdProperty().get());
        assertTrue(runs.liveProperty().get());
        assertEquals("Running", main.lastRunStatusProperty().get());
        assertTrue(main.runActiveProperty().get());
        assertEquals(List.of(StepState.RUNNING, StepState.PENDING), states());
        assertEquals(2, runs.totalStepsProperty().get());

        runs.apply(List.of(
                new LogLine("r1", T0.plusMillis(5), A, RunLog.Level.WARN, "careful"),
                new StepSucceeded("r1", T0.plusMillis(100), A, Duration.ofMillis(100), true),
                new StepStarted("r1", T0.plusMillis(100), B),
                new StepFailed("r1", T0.plusMillis(300), B, Duration.ofMillis(200), "COMPUTE", "b broke", "trace")));
        assertEquals(List.of(StepState.SUCCEEDED, StepState.FAILED), states());
        assertEquals(2, runs.finishedStepsProperty().get());
        assertEquals("b broke", runs.steps().get(1).messageProperty().get());
        assertEquals(
                Duration.ofMillis(200), runs.steps().get(1).durationProperty().get());
        assertEquals(List.of(new LogEntry(T0.plusMillis(5), "a", "WARN", "careful")), runs.logLines());

        runs.apply(List.of(new RunFinished("r1", T0.plusMillis(310), RunStatus.FAILED)));
        assertFalse(runs.liveProperty().get());
        assertEquals(RunStatus.FAILED, runs.statusProperty().get());
        assertEquals("Failed", main.lastRunStatusProperty().get());
        assertFalse(main.runActiveProperty().get());
        assertEquals("310 ms", runs.elapsedText(T0.plusSeconds(60)));
    }

    @Test
    void aNewRunReplacesTheShownOne() {
        runs.apply(List.of(new RunStarted("r1", T0, List.of(A), "a")));
        runs.apply(List.of(new RunStarted("r2", T0.plusSeconds(1), List.of(B), "b"), new StepStarted("r1", T0, A)));
        assertEquals("r2", runs.runIdProperty().get());
        assertEquals(List.of(StepState.PENDING), states(), "events of the other run are not mixed in");
    }

    @Test
    void keepsAtMostTheNewestLogLines() {
        runs.apply(List.of(new RunStarted("r1", T0, List.of(A), "a")));
        List<RunEvent> lines = new ArrayList<>();
        for (int i = 0; i < RunPanelViewModel.MAX_LOG_LINES + 700; i++) {
            lines.add(new LogLine("r1", T0, A, RunLog.Level.INFO, "line " + i));
            if (lines.size() == 1000) {
                runs.apply(lines);
                lines = new ArrayList<>();
            }
        }
        runs.apply(lines);
        assertEquals(RunPanelViewModel.MAX_LOG_LINES, runs.logLines().size());
        assertEquals("line 700", runs.logLines().get(0).message());
    }

    @Test
    void wordsAndTimelineSteps() {
        // The duration words moved with the format to the engine (engine.text.DurationsTest).
        assertEquals("Succeeded", StatusBadge.words(RunStatus.SUCCEEDED));
        assertEquals(500, RunTimelineView.niceStep(420));
    }

    @Test
    void anOlderReadOfRecentRunsFinishingLastDoesNotReplaceTheOpenProjects(@TempDir Path dir) {
        List<Runnable> worker = new ArrayList<>();
        var session = new StudioSession(new BackgroundTasks(worker::add, Runnable::run), runEvents -> {});
        var panel = new RunPanelViewModel(session, new MainViewModel(), new Materializer(session));
        Project withRuns = Project.open(
                BadJars.good(dir.resolve("a"), "a.jar", "a"),
                ProjectOptions.builder().home(dir.resolve("home-a")).build());
        Project without = Project.open(
                BadJars.good(dir.resolve("b"), "b.jar", "b"),
                ProjectOptions.builder().home(dir.resolve("home-b")).build());
        try {
            withRuns.materialize(AssetSelection.parse("a"));
            withRuns.historyStore().flush();

            session.setProject(withRuns); // reads its recent runs…
            session.setProject(without); // …and, before that read ends, another project's
            List<Runnable> tasks = new ArrayList<>(worker);
            worker.clear();
            java.util.Collections.reverse(tasks); // the older read finishes last
            tasks.forEach(Runnable::run);

            assertEquals(List.of(), panel.recentRuns(), "the open project has no runs");
        } finally {
            withRuns.close();
            without.close();
        }
    }

    @Test
    void cancelStopsTheShownRunOnlyNeverAnotherOne(@TempDir Path dir) throws Exception {
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        System.getProperties().put("studiofix.cancel.started", started);
        System.getProperties().put("studiofix.cancel.release", release);
        var session = new StudioSession(BackgroundTasks.synchronous(), runEvents -> {});
        var materializer = new Materializer(session);
        var panel = new RunPanelViewModel(session, new MainViewModel(), materializer);
        Project project = Project.open(
                BadJars.assets(
                        dir.resolve("jars"),
                        "blocking.jar",
                        """
                        public final class Assets {
                          @Asset public static int slow() throws InterruptedException {
                            ((java.util.concurrent.CountDownLatch) System.getProperties().get("studiofix.cancel.started"))
                                .countDown();
                            ((java.util.concurrent.CountDownLatch) System.getProperties().get("studiofix.cancel.release"))
                                .await();
                            return 1;
                          }
                        }
                        """),
                ProjectOptions.builder().home(dir.resolve("home")).build());
        try {
            session.setProject(project);
            materializer.materialize(List.of(AssetKey.of("slow")), Materializer.Scope.ONLY);
            var running = materializer.activeRuns().get(0);
            assertTrue(started.await(30, java.util.concurrent.TimeUnit.SECONDS));
            // The panel shows another run, one this studio is not tracking (e.g. picked from history).
            panel.apply(List.of(new RunStarted("elsewhere", T0, List.of(A), "a")));

            panel.cancel();
            release.countDown();

            assertEquals(
                    RunStatus.SUCCEEDED,
                    running.result()
                            .get(30, java.util.concurrent.TimeUnit.SECONDS)
                            .runStatus(),
                    "the studio's own run was not canceled");
        } finally {
            release.countDown();
            project.close();
            System.getProperties().remove("studiofix.cancel.started");
            System.getProperties().remove("studiofix.cancel.release");
        }
    }

    @Test
    void aCanceledRunCountsOnlyTheStepsThatRanToTheirEnd() {
        runs.apply(List.of(
                new RunStarted("r1", T0, List.of(A, B), "*b"),
                new StepStarted("r1", T0, A),
                new StepSucceeded("r1", T0.plusMillis(100), A, Duration.ofMillis(100), true),
                new dev.assetstudio.engine.run.event.StepCanceled("r1", T0.plusMillis(120), B),
                new RunFinished("r1", T0.plusMillis(130), RunStatus.CANCELED)));
        assertEquals(1, runs.finishedStepsProperty().get(), "the progress bar is not full");
        assertEquals(2, runs.totalStepsProperty().get());
    }

    @Test
    void thePanelAndTheStatusBarFollowTheOpenProjectOnly(@TempDir Path dir) {
        var session = new StudioSession(BackgroundTasks.synchronous(), Runnable::run);
        var shell = new MainViewModel();
        var panel = new RunPanelViewModel(session, shell, new Materializer(session));
        // two projects, one history database
        var options = ProjectOptions.builder().home(dir.resolve("home")).build();
        Project first = Project.open(BadJars.good(dir.resolve("a"), "a.jar", "a"), options);
        Project second = Project.open(BadJars.good(dir.resolve("b"), "b.jar", "b"), options);
        try {
            String run = first.materialize(AssetSelection.parse("a")).runId();
            session.setProject(first);
            assertEquals(run, panel.runIdProperty().get());
            assertEquals(
                    List.of(run),
                    panel.recentRuns().stream().map(r -> r.runId()).toList());
            assertEquals("Succeeded", shell.lastRunStatusProperty().get());

            session.setProject(second);
            assertEquals(null, panel.runIdProperty().get(), "no run of the other project is shown");
            assertEquals(List.of(), panel.recentRuns());
            assertEquals("", shell.lastRunStatusProperty().get(), "no 'Last run' of another project");

            session.setProject(first);
            assertEquals(run, panel.runIdProperty().get());
        } finally {
            first.close();
            second.close();
        }
    }

    private List<StepState> states() {
        return runs.steps().stream().map(StepRow::state).toList();
    }
}
