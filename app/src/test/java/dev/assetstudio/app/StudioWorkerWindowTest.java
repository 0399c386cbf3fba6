package dev.assetstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.project.LoadErrorView;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.StudioAction;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectSettings;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.status.AssetStatus;
import dev.assetstudio.engine.worker.WorkerFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The studio with its projects in worker processes, as it runs for a user: a jar whose class exits
 * while loading is a load error; an asset that exits, one that runs out of memory and one that
 * ignores a cancel each cost their step while the window stays; the settings dialog remembers the
 * worker's limits and reloads the project with a new worker.
 */
@ExtendWith(ApplicationExtension.class)
class StudioWorkerWindowTest {
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    private final Preferences preferences = TestPreferences.fresh();
    private final Preferences themePreferences = TestPreferences.fresh();
    private StudioSession session;
    private MainViewModel main;
    private Materializer materializer;
    private Stage stage;
    private StudioWindowFixture window;

    @Start
    void start(Stage stage) {
        var w = StudioWindowFixture.show(
                stage, WorkerFixtures.options(dir.resolve("home")), preferences, themePreferences);
        window = w;
        this.stage = w.stage();
        main = w.main();
        session = w.session();
        materializer = w.materializer();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        TestPreferences.remove(preferences);
        TestPreferences.remove(themePreferences);
    }

    @Test
    void userCodeThatExitsRunsOutOfMemoryOrSpinsNeverClosesTheStudio(FxRobot robot) throws Exception {
        Path boom = WorkerFixtures.exitsOnLoadJar(dir.resolve("boom"));
        robot.interact(() -> main.openProject(boom));
        LoadErrorView error = robot.lookup("#load-error").queryAs(LoadErrorView.class);
        FxWait.onFx(error::isVisible, window::state);
        assertTrue(
                error.panel().getText().contains("worker exited with code 7 while loading the definitions"),
                error.panel().getText());

        Path jar = WorkerFixtures.crashyJar(dir.resolve("crashy"));
        robot.interact(() -> main.openProject(jar));
        FxWait.onFx(() -> session.project() != null && !session.statuses().isEmpty(), window::state);
        Project project = session.project();
        assertTrue(project.worker().isPresent(), "the studio runs the project in a worker");

        robot.interact(() -> materializer.materialize(AssetSelection.parse("exits"), RunRequest.empty()));
        FxWait.onFx(() -> "Failed".equals(main.lastRunStatusProperty().get()), window::state);
        FxWait.onFx(() -> onScreen(robot, "worker exited with code 3 while computing `exits`"), window::state);
        FxWait.onFx(() -> status("exits") == AssetStatus.State.FAILED, window::state);

        robot.interact(() -> materializer.materialize(AssetSelection.parse("hog"), RunRequest.empty()));
        FxWait.onFx(() -> onScreen(robot, "worker ran out of memory (-Xmx64m)"), window::state);

        CountDownLatch started = new CountDownLatch(1);
        project.addRunListener(e -> {
            if (e instanceof StepStarted s && s.step().asset().equals(AssetKey.of("spin"))) {
                started.countDown();
            }
        });
        robot.interact(() -> materializer.materialize(AssetSelection.parse("spin"), RunRequest.empty()));
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));
        robot.interact(() -> main.execute(StudioAction.CANCEL_RUN));
        FxWait.onFx(() -> "Canceled".equals(main.lastRunStatusProperty().get()), window::state);

        robot.interact(() -> materializer.materialize(AssetSelection.parse("ok"), RunRequest.empty()));
        FxWait.onFx(() -> status("ok") == AssetStatus.State.FRESH, window::state);
        assertSame(project, session.project());
        assertTrue(stage.isShowing());
        project.historyStore().flush();
        assertEquals("ok", WorkerFixtures.integrityCheck(project.options().historyDatabase()));
    }

    @Test
    void theSettingsDialogRemembersTheWorkerLimitsAndSensorTimeoutAndReloadsWithThem(FxRobot robot) throws Exception {
        Path jar = WorkerFixtures.crashyJar(dir.resolve("crashy"));
        robot.interact(() -> main.openProject(jar));
        FxWait.onFx(() -> session.project() != null && !session.statuses().isEmpty(), window::state);
        Project first = session.project();
        long firstPid = first.worker().orElseThrow().running().orElseThrow().pid();

        robot.interact(() -> main.execute(StudioAction.PROJECT_SETTINGS));
        TextField heap = robot.lookup("#project-settings-heap").queryAs(TextField.class);
        robot.interact(() -> heap.setText("lots"));
        FxWait.onFx(
                () -> robot.lookup("#project-settings-save").queryButton().isDisabled()
                        && onScreen(robot, "worker heap 'lots' is not a size -Xmx takes"),
                window::state);
        robot.interact(() -> heap.setText("96m"));
        TextField sensorTimeout =
                robot.lookup("#project-settings-sensor-timeout").queryAs(TextField.class);
        robot.interact(() -> sensorTimeout.setText("0"));
        FxWait.onFx(
                () -> robot.lookup("#project-settings-save").queryButton().isDisabled()
                        && onScreen(robot, "the sensor timeout must be a positive number of seconds, got 0"),
                window::state);
        robot.interact(() -> sensorTimeout.setText("7"));
        FxWait.onFx(() -> !robot.lookup("#project-settings-save").queryButton().isDisabled(), window::state);
        robot.clickOn("#project-settings-save");

        FxWait.onFx(() -> session.project() != null && session.project() != first, window::state);
        assertEquals("96m", session.project().options().worker().heap());
        assertEquals("96m", ProjectSettings.load(dir.resolve("home"), jar).heap());
        assertEquals(
                java.time.Duration.ofSeconds(7),
                session.project().options().worker().sensorTimeout(),
                "the reloaded project's worker gets the sensor timeout");
        assertEquals(7000L, ProjectSettings.load(dir.resolve("home"), jar).sensorTimeoutMillis());
        long pid =
                session.project().worker().orElseThrow().running().orElseThrow().pid();
        List<String> args = ProcessHandle.of(pid)
                .orElseThrow()
                .info()
                .arguments()
                .map(List::of)
                .orElse(List.of());
        assertTrue(args.isEmpty() || args.contains("-Xmx96m"), args::toString);
        assertNotEquals(firstPid, pid, "the reload started a new worker");
    }

    private static boolean onScreen(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof Labeled l
                        && l.getText() != null
                        && l.getText().contains(text))
                .tryQuery()
                .isPresent();
    }

    private AssetStatus.State status(String key) {
        AssetStatus status = session.statuses().get(AssetKey.of(key));
        return status == null ? null : status.state();
    }
}
