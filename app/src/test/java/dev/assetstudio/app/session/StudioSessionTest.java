package dev.assetstudio.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.status.AssetStatus;
import dev.assetstudio.engine.testing.BadJars;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session's state, without a window: background work runs on the calling thread and its callbacks wait in
 * {@link #fxThread} until the test delivers them, in whatever order it likes.
 */
class StudioSessionTest {

    private static final AssetKey A = AssetKey.of("a");

    @TempDir
    Path dir;

    private final List<Runnable> fxThread = new ArrayList<>();
    private StudioSession session;
    private Project project;

    @BeforeEach
    void setUp() {
        // Run events are not delivered here: this test is about history alone.
        session = new StudioSession(new BackgroundTasks(Runnable::run, fxThread::add), runEvents -> {});
        project = Project.open(
                BadJars.good(dir.resolve("jars"), "small.jar", "a"),
                ProjectOptions.builder().home(dir.resolve("home")).build());
        session.setProject(project);
        deliver(List.copyOf(fxThread));
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void anOlderStatusSnapshotFinishingLastDoesNotOverwriteANewerOne() {
        assertEquals(AssetStatus.State.MISSING, session.statuses().get(A).state());

        session.refreshStatuses(); // reads history before the run
        project.materialize(AssetSelection.parse("a"));
        session.refreshStatuses(); // reads it after
        assertEquals(2, fxThread.size());

        // The newer refresh is delivered first, the older one after it.
        deliver(List.of(fxThread.get(1), fxThread.get(0)));

        assertEquals(AssetStatus.State.FRESH, session.statuses().get(A).state());
    }

    @Test
    void anAssetTheSessionKnowsNothingOfIsMissing() {
        AssetStatus status = session.status(AssetKey.of("unknown"));
        assertEquals(AssetStatus.State.MISSING, status.state());
        assertEquals(session.statuses().get(A), session.status(A));
    }

    @Test
    void aRefreshThatFailsAfterItsProjectWasClosedIsNotReported() {
        List<Runnable> worker = new ArrayList<>();
        var quiet = new StudioSession(new BackgroundTasks(worker::add, Runnable::run), runEvents -> {});
        Project other = Project.open(
                BadJars.good(dir.resolve("other"), "other.jar", "b"),
                ProjectOptions.builder().home(dir.resolve("home-other")).build());
        quiet.setProject(other); // starts a refresh; it runs once the project is gone
        quiet.setProject(null);
        other.close();

        worker.forEach(Runnable::run);

        assertEquals(List.of(), quiet.notifications());
    }

    @Test
    void whoeverHearsOfTheNewProjectFindsTheFocusAmongItsAssets() {
        session.select(A);
        Project other = Project.open(
                BadJars.good(dir.resolve("other"), "other.jar", "b"),
                ProjectOptions.builder().home(dir.resolve("home-other")).build());
        List<AssetKey> focusSeen = new ArrayList<>();
        session.projectProperty().addListener((obs, was, now) -> focusSeen.add(session.focused()));
        try {
            session.setProject(other);
            assertEquals(java.util.Collections.singletonList(null), focusSeen, "a is not an asset of the new project");
        } finally {
            session.setProject(project);
            other.close();
        }
    }

    @Test
    void theMaterializerHearsARunEndThroughTheSessionsFxExecutor() throws Exception {
        var fx = new java.util.concurrent.LinkedBlockingQueue<Runnable>();
        var plain = new StudioSession(new BackgroundTasks(Runnable::run, fx::add), runEvents -> {});
        var materializer = new Materializer(plain);
        plain.setProject(project);
        fx.clear(); // the status refresh

        materializer.materialize(List.of(A), Materializer.Scope.ONLY);
        fx.take().run(); // started: tracked
        assertEquals(1, materializer.activeRuns().size());
        Runnable ended = fx.poll(30, java.util.concurrent.TimeUnit.SECONDS);
        assertNotNull(ended, "the run's end is handed to the FX executor, not to Platform.runLater");
        ended.run();

        assertEquals(List.of(), materializer.activeRuns());
        assertEquals(
                List.of(Notification.Level.SUCCESS),
                plain.notifications().stream().map(Notification::level).toList());
    }

    private void deliver(List<Runnable> callbacks) {
        fxThread.clear();
        callbacks.forEach(Runnable::run);
    }
}
