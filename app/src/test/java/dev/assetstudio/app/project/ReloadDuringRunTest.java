package dev.assetstudio.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.run.RunPanelViewModel;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.status.AssetStatus;
import dev.assetstudio.engine.testing.BadJars;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading the jar while a run of the old project is still going: the old project finishes that run, and the run
 * panel, the shell and the badges hear it finish. Without a window: the test thread plays the FX thread.
 */
class ReloadDuringRunTest {

    /** The jar's step counts {@code started} down, then waits for {@code release}; both found in system properties. */
    private static final String STARTED = "studiofix.test.started";

    private static final String RELEASE = "studiofix.test.release";

    @TempDir
    Path dir;

    private final Preferences preferences = TestPreferences.fresh();
    private final Queue<Runnable> fxThread = new ConcurrentLinkedQueue<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private StudioSession session;
    private MainViewModel main;
    private RunPanelViewModel runs;
    private ProjectViewModel projects;

    @BeforeEach
    void setUp() {
        System.getProperties().put(STARTED, started);
        System.getProperties().put(RELEASE, release);
        session = new StudioSession(BackgroundTasks.synchronous(), fxThread::add);
        main = new MainViewModel();
        runs = new RunPanelViewModel(session, main, new Materializer(session));
        var options = ProjectOptions.builder().home(dir.resolve("home")).build();
        projects = new ProjectViewModel(session, main, options, new RecentProjects(preferences), callback -> {});
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        projects.close();
        if (session.project() != null) {
            session.project().close();
        }
        System.getProperties().remove(STARTED);
        System.getProperties().remove(RELEASE);
        TestPreferences.remove(preferences);
    }

    @Test
    void aRunOfTheReloadedProjectStillFinishesInThePanelAndTheBadges() throws Exception {
        Path jar = blockingJar("blocking.jar");
        projects.open(jar);
        Project old = session.project();
        RunHandle handle = old.submit(AssetSelection.parse("slow"), RunRequest.empty());
        assertTrue(started.await(30, TimeUnit.SECONDS), "the step started");

        // Reloaded while the step runs, before the FX thread saw its start (it is still batched).
        projects.reload();
        assertNotSame(old, session.project(), "reloaded");
        pumpFxThread();
        assertTrue(runs.liveProperty().get(), "the panel follows the old project's run");
        assertTrue(main.runActiveProperty().get());

        release.countDown();
        assertEquals(
                RunStatus.SUCCEEDED, handle.result().get(30, TimeUnit.SECONDS).runStatus());
        pumpFxThread();

        assertFalse(runs.liveProperty().get(), "the panel saw the run finish");
        assertEquals(RunStatus.SUCCEEDED, runs.statusProperty().get());
        assertFalse(main.runActiveProperty().get(), "the shell is not left saying Running");
        assertEquals("Succeeded", main.lastRunStatusProperty().get());
        AssetStatus slow = session.statuses().get(AssetKey.of("slow"));
        assertTrue(
                session.statuses().values().stream().noneMatch(s -> s.state() == AssetStatus.State.RUNNING),
                "no RUNNING badge is left: " + session.statuses());
        assertEquals(AssetStatus.State.FRESH, slow.state(), String.valueOf(slow));
    }

    @Test
    void aRunOfAReplacedProjectDoesNotBadgeAssetsTheOpenProjectLacks() throws Exception {
        projects.open(blockingJar("blocking.jar"));
        Project old = session.project();
        RunHandle handle = old.submit(AssetSelection.parse("slow"), RunRequest.empty());
        assertTrue(started.await(30, TimeUnit.SECONDS), "the step started");

        projects.open(BadJars.good(dir.resolve("other"), "other.jar", "other"));
        assertNotSame(old, session.project(), "replaced");
        pumpFxThread();
        assertFalse(
                session.statuses().containsKey(AssetKey.of("slow")),
                "the open project has no asset slow: " + session.statuses());

        release.countDown();
        handle.result().get(30, TimeUnit.SECONDS);
        pumpFxThread();
        assertFalse(runs.liveProperty().get(), "the panel saw the run finish");
        assertFalse(main.runActiveProperty().get());
        assertEquals(java.util.Set.of(AssetKey.of("other")), session.statuses().keySet());
    }

    private Path blockingJar(String name) {
        return BadJars.assets(
                dir.resolve("jars"),
                name,
                """
                public final class Assets {
                  @Asset public static int slow() throws InterruptedException {
                    ((java.util.concurrent.CountDownLatch) System.getProperties().get("%s")).countDown();
                    ((java.util.concurrent.CountDownLatch) System.getProperties().get("%s")).await();
                    return 1;
                  }
                }
                """
                        .formatted(STARTED, RELEASE));
    }

    /** Runs what was handed to the FX thread, then whatever events are still batched. */
    private void pumpFxThread() {
        for (Runnable task; (task = fxThread.poll()) != null; ) {
            task.run();
        }
        session.flushRunEvents();
    }
}
