package dev.assetstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.cluster.ClusterFeature;
import dev.assetstudio.app.cluster.ClusterViewModel;
import dev.assetstudio.app.launchpad.StudioLaunchpad;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.shell.StudioAction;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.ProjectSettings;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.cluster.LocalWorkers;
import dev.assetstudio.engine.history.LogLineRecord;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The studio and a real cluster (one worker member in its own JVM on loopback): Run › Run on offers
 * the cluster once it answers, picking it reloads the project onto it and the next run's steps run
 * on the worker; the cluster panel lists the worker and the step it runs, live. A cluster that does
 * not answer is probed off the FX thread and shown as not reachable.
 */
@ExtendWith(ApplicationExtension.class)
class StudioClusterWindowTest {
    private static final long WAIT_SECONDS = 90;
    private static final String ASSETS =
            """
            package com.x;
            import dev.assetstudio.api.*;
            import java.nio.file.*;
            public final class Held {
                @Asset public static Long held(AssetContext context) throws Exception {
                    Path release = Path.of(System.getProperty("cluster.test.release"));
                    while (!Files.exists(release)) {
                        Thread.sleep(20);
                    }
                    context.log().info("computed in " + ProcessHandle.current().pid());
                    return ProcessHandle.current().pid();
                }
            }
            """;

    private static final String QUICK =
            """
            package com.x;
            import dev.assetstudio.api.*;
            public final class Quick {
                @Asset public static Long quick(AssetContext context) {
                    context.log().info("computed in " + ProcessHandle.current().pid());
                    return ProcessHandle.current().pid();
                }
            }
            """;

    @TempDir
    static Path shared;

    private static LocalWorkers workers;
    private static Path release;

    @TempDir
    Path dir;

    private final Preferences preferences = TestPreferences.fresh();
    private final Preferences themePreferences = TestPreferences.fresh();
    private Stage stage;
    private MainViewModel main;
    private MainWindow window;
    private StudioSession session;
    private ClusterViewModel cluster;
    private Materializer materializer;

    @BeforeAll
    static void startWorker() throws Exception {
        release = shared.resolve("release");
        workers = LocalWorkers.start(1, shared, List.of("-Dcluster.test.release=" + release));
    }

    @AfterAll
    static void stopWorker() {
        if (workers != null) {
            workers.close();
        }
    }

    @Start
    void start(Stage stage) {
        var w = StudioWindowFixture.show(
                stage,
                ProjectOptions.builder()
                        .home(dir.resolve("home"))
                        .execution(Execution.IN_PROCESS)
                        .build(),
                preferences,
                themePreferences);
        this.stage = w.stage();
        main = w.main();
        window = w.window();
        session = w.session();
        materializer = w.materializer();
        cluster = ClusterFeature.install(window, main, session, w.core().projects(), dir.resolve("home"));
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    cluster.close();
                    stage.hide();
                })
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        TestPreferences.remove(preferences);
        TestPreferences.remove(themePreferences);
    }

    @Test
    void theRunMenuOffersTheClusterAndThePanelFollowsItsWorker(FxRobot robot) throws Exception {
        Path jar = TestJars.compile(dir, Map.of("com.x.Held", ASSETS));
        Path home = dir.resolve("home");
        // the project remembers which cluster to offer; where it runs is still the caller's default
        ProjectSettings.none().withExecution(null, workers.settings).save(home, jar);
        robot.interact(() -> main.openProject(jar));
        waitFor(() -> session.project() != null && !session.statuses().isEmpty());
        Project inProcess = session.project();

        MenuItem clusterItem = runOnItem("run-on-cluster");
        waitFor(() -> !clusterItem.isDisable() && clusterItem.getText().contains("1 worker"));
        assertTrue(clusterItem.getText().contains(workers.settings.name()), clusterItem.getText());
        assertTrue(runOnItem("run-on-in-process") instanceof javafx.scene.control.RadioMenuItem r && r.isSelected());

        assertFalse(onScreen(robot, "Runs on cluster"), "in-process: the status bar says nothing of a cluster");
        robot.interact(clusterItem::fire);
        waitFor(() -> session.project() != inProcess && session.project() != null);
        waitFor(() -> onScreen(robot, "Runs on cluster '" + workers.settings.name() + "'"));
        Project onCluster = session.project();
        assertEquals(Execution.CLUSTER, onCluster.options().execution());
        assertEquals(workers.settings, onCluster.options().cluster());
        assertEquals(Execution.CLUSTER, ProjectSettings.load(home, jar).execution(), "remembered for the jar");

        robot.interact(() -> main.execute(StudioAction.CLUSTER_PANEL));
        waitFor(() -> onScreen(robot, "Cluster '" + workers.settings.name() + "': 1 worker, 0 steps running"));
        long workerPid = workers.processes.get(0).pid();
        waitFor(() -> onScreen(robot, workerPid + "@127.0.0.1:") && onScreen(robot, "idle"));

        AtomicReference<RunHandle> run = new AtomicReference<>();
        robot.interact(() -> run.set(onCluster.submit(AssetSelection.parse("held"), RunRequest.empty())));
        waitFor(() -> onScreen(robot, "1 worker, 1 step running") && onScreen(robot, "held  ·  run "));

        Files.writeString(release, "go");
        RunResult result = run.get().await();
        assertTrue(result.succeeded(), result::toString);
        assertEquals(
                workerPid, ((Number) onCluster.loadAssetValue(dev.assetstudio.api.AssetKey.of("held"))).longValue());
        waitFor(() -> onScreen(robot, "1 worker, 0 steps running"));
        List<String> lines = onCluster.history().logLines(result.runId()).stream()
                .map(LogLineRecord::message)
                .toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ran on worker " + workerPid + "@")), lines::toString);
    }

    @Test
    void theLaunchpadSendsOneRunToTheClusterWhileTheProjectRunsInItsWorker(FxRobot robot) throws Exception {
        Path jar = TestJars.compile(dir, Map.of("com.x.Quick", QUICK));
        Path home = dir.resolve("home");
        ProjectSettings.none().withExecution(Execution.WORKER, workers.settings).save(home, jar);
        robot.interact(() -> {
            StudioLaunchpad.register(session, materializer, () -> stage);
            main.openProject(jar);
        });
        waitFor(() -> session.project() != null && !session.statuses().isEmpty());
        Project project = session.project();
        assertEquals(Execution.WORKER, project.options().execution(), "the project's default");
        AssetKey quick = AssetKey.of("quick");
        long workerPid = workers.processes.get(0).pid();

        robot.interact(() -> session.configLaunchpad().orElseThrow().open(quick));
        waitFor(() -> robot.lookup("#launchpad-run-on").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Execution> runOn = robot.lookup("#launchpad-run-on").queryAs(ComboBox.class);
        assertEquals(Execution.WORKER, runOn.getValue(), "the project's default is chosen");
        assertEquals(List.of(Execution.IN_PROCESS, Execution.WORKER, Execution.CLUSTER), runOn.getItems());
        assertEquals(
                "cluster '" + workers.settings.name() + "'",
                runOn.getConverter().toString(Execution.CLUSTER));
        robot.interact(() -> runOn.setValue(Execution.CLUSTER));
        Button materialize = robot.lookup("#launchpad-materialize").queryButton();
        waitFor(() -> !materialize.isDisabled());
        robot.clickOn(materialize);
        waitFor(() -> finishedRuns(project).size() == 1);
        RunRecord onCluster = finishedRuns(project).get(0);

        robot.interact(() -> session.configLaunchpad().orElseThrow().open(quick));
        waitFor(() -> robot.lookup("#launchpad-run-on").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Execution> again = robot.lookup("#launchpad-run-on").queryAs(ComboBox.class);
        assertEquals(Execution.WORKER, again.getValue(), "the choice was for one run");
        Button materializeAgain = robot.lookup("#launchpad-materialize").queryButton();
        waitFor(() -> !materializeAgain.isDisabled());
        robot.clickOn(materializeAgain);
        waitFor(() -> finishedRuns(project).size() == 2);
        RunRecord plain = finishedRuns(project).get(0);

        assertEquals(RunStatus.SUCCEEDED, onCluster.status());
        assertEquals(RunStatus.SUCCEEDED, plain.status());
        assertEquals("cluster '" + workers.settings.name() + "'", onCluster.executorWords());
        assertEquals("worker process", plain.executorWords());
        List<String> clusterLines = messages(project, onCluster);
        assertTrue(
                clusterLines.stream().anyMatch(l -> l.startsWith("ran on worker " + workerPid + "@")),
                clusterLines::toString);
        List<String> plainLines = messages(project, plain);
        assertTrue(plainLines.stream().noneMatch(l -> l.startsWith("ran on worker ")), plainLines::toString);
        assertTrue(plainLines.stream().anyMatch(l -> l.startsWith("computed in ")), plainLines::toString);
        assertTrue(!plainLines.contains("computed in " + workerPid), plainLines::toString);
        assertSame(project, session.project(), "no reload: the project's default stayed as it was");
    }

    @Test
    void theLaunchpadGreysOutAClusterNoWorkerAnswersForAndSaysWhy(FxRobot robot) throws Exception {
        Path jar = TestJars.compile(dir, Map.of("com.x.Quick", QUICK));
        Path home = dir.resolve("home");
        ClusterSettings nobody =
                ClusterSettings.of("nobody-" + ProcessHandle.current().pid(), "127.0.0.1:" + LocalWorkers.unusedPort());
        ProjectSettings.none().withExecution(Execution.WORKER, nobody).save(home, jar);
        robot.interact(() -> {
            StudioLaunchpad.register(session, materializer, () -> stage);
            main.openProject(jar);
        });
        waitFor(() -> session.project() != null && !session.statuses().isEmpty());
        assertEquals(
                List.of(Execution.IN_PROCESS, Execution.WORKER, Execution.CLUSTER),
                session.project().executions());

        robot.interact(() -> session.configLaunchpad().orElseThrow().open(AssetKey.of("quick")));
        waitFor(() -> robot.lookup("#launchpad-run-on").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Execution> runOn = robot.lookup("#launchpad-run-on").queryAs(ComboBox.class);
        assertEquals(Execution.WORKER, runOn.getValue(), "the project's default is chosen");
        robot.clickOn(runOn);
        // asked off the FX thread: greyed out, with the reason on hover, once no worker answered
        String greyed = "cluster '" + nobody.name() + "' \u2014 no worker answers";
        waitFor(() -> runOnCell(robot, greyed) != null);
        ListCell<?> cluster = runOnCell(robot, greyed);
        assertTrue(cluster.isDisabled(), "not pickable");
        assertTrue(
                cluster.getTooltip().getText().startsWith("no worker of cluster '" + nobody.name() + "' answers at "));
        ListCell<?> worker = runOnCell(robot, "the worker process");
        assertFalse(worker == null || worker.isDisabled(), "the others stay pickable");
        robot.clickOn(cluster);
        assertEquals(Execution.WORKER, runOn.getValue(), "a click on the greyed cluster changes nothing");

        // nor can the keyboard choose it (the list selects what the keys reach, greyed or not)
        robot.type(javafx.scene.input.KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Execution.WORKER, runOn.getValue(), "Down in the drop-down does not pick it");
        robot.type(javafx.scene.input.KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Execution.IN_PROCESS, runOn.getValue(), "the keys still choose what can be chosen");
    }

    /** The Run on choice showing {@code text}, in the open drop-down, or null. */
    private static ListCell<?> runOnCell(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> text.equals(c.getText()))
                .findFirst()
                .orElse(null);
    }

    private static List<RunRecord> finishedRuns(Project project) {
        return project.runs(10).stream().filter(r -> r.finishedAt() != null).toList();
    }

    private static List<String> messages(Project project, RunRecord run) {
        return project.history().logLines(run.runId()).stream()
                .map(LogLineRecord::message)
                .toList();
    }

    @Test
    void aClusterThatDoesNotAnswerIsProbedOffTheFxThread(FxRobot robot) throws Exception {
        Path jar = TestJars.compile(dir, Map.of("com.x.Held", ASSETS));
        Path home = dir.resolve("home");
        ClusterSettings nobody =
                ClusterSettings.of("nobody-" + ProcessHandle.current().pid(), "127.0.0.1:" + LocalWorkers.unusedPort());
        ProjectSettings.none().withExecution(null, nobody).save(home, jar);
        robot.interact(() -> main.openProject(jar));
        waitFor(() ->
                session.project() != null && cluster.clusterProperty().get().equals(nobody));

        waitFor(() -> cluster.reachableWorkersProperty().get() == 0
                && !cluster.probingProperty().get());
        MenuItem clusterItem = runOnItem("run-on-cluster");
        assertTrue(clusterItem.isDisable(), "a cluster nobody answers for is not offered");
        assertTrue(clusterItem.getText().endsWith("not reachable"), clusterItem.getText());

        boolean[] stillProbingOnReturn = new boolean[1];
        robot.interact(() -> {
            cluster.probe();
            // a probe on the FX thread would be over on return; one off it can only end in a later FX event
            stillProbingOnReturn[0] = cluster.probingProperty().get();
        });
        assertTrue(stillProbingOnReturn[0], "probe() returned before the probe ended");
        waitFor(() -> !cluster.probingProperty().get());
        assertEquals(0, cluster.reachableWorkersProperty().get());
        assertEquals(Execution.IN_PROCESS, session.project().options().execution(), "nothing changed for the user");
    }

    private MenuItem runOnItem(String id) {
        Menu runOn = (Menu) window.runMenu().getItems().stream()
                .filter(i -> "menu-run-on".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        return runOn.getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static boolean onScreen(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof Labeled l
                        && l.getText() != null
                        && l.getText().contains(text))
                .tryQuery()
                .isPresent();
    }

    /** Waits on the FX thread; a timeout lists the texts then on screen. */
    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxWait.onFx(condition, StudioClusterWindowTest::textsOnScreen);
    }

    private static String textsOnScreen() {
        return new FxRobot()
                        .lookup(node -> node instanceof Labeled l
                                && l.getText() != null
                                && !l.getText().isBlank())
                        .queryAll()
                        .stream()
                        .map(node -> ((Labeled) node).getText())
                        .toList()
                        .toString();
    }
}
