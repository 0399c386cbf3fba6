package dev.assetstudio.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.testing.BadJars;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * "Materialize all" runs a split selection stage by stage; when the project is reloaded while a stage runs, the
 * later stages do not go to the retired project: the user is told they did not start.
 */
@ExtendWith(ApplicationExtension.class)
class StagedRunsAfterReloadTest {

    private static final String STARTED = "studiofix.staged.started";
    private static final String RELEASE = "studiofix.staged.release";

    @TempDir
    Path dir;

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private Project first;
    private Project second;

    @Start
    void start(Stage stage) {
        // no window needed: the toolkit runs the run-finished callbacks
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        for (Project p : new Project[] {first, second}) {
            if (p != null) {
                p.close();
            }
        }
        System.getProperties().remove(STARTED);
        System.getProperties().remove(RELEASE);
    }

    @Test
    void laterStagesAreNotStartedOnAReloadedProject(FxRobot robot) throws Exception {
        System.getProperties().put(STARTED, started);
        System.getProperties().put(RELEASE, release);
        // up (unpartitioned, blocks) → down (partitioned x); other (partitioned p): two stages.
        Path jar = BadJars.assets(
                dir.resolve("jars"),
                "staged.jar",
                """
                public final class Assets {
                  @Asset public static int up() throws InterruptedException {
                    ((java.util.concurrent.CountDownLatch) System.getProperties().get("%s")).countDown();
                    ((java.util.concurrent.CountDownLatch) System.getProperties().get("%s")).await();
                    return 1;
                  }
                  @Asset @StaticPartitions({"x"}) public static int down(int up) { return up; }
                  @Asset @StaticPartitions({"p"}) public static int other() { return 2; }
                }
                """
                        .formatted(STARTED, RELEASE));
        first = Project.open(
                jar, ProjectOptions.builder().home(dir.resolve("home")).build());
        var parts = RunSplit.of(first.select(AssetSelection.all()), first::asset);
        assertEquals(2, parts.stream().mapToInt(RunSplit.Part::stage).distinct().count(), "two stages: " + parts);

        var session = new StudioSession(BackgroundTasks.onThreadPool());
        var materializer = new Materializer(session);
        materializer.setPartitionPicker((p, keys) -> List.of(RunRequest.builder()
                .partitionKey(p.asset(keys.iterator().next())
                        .partitions()
                        .orElseThrow()
                        .keys()
                        .get(0))
                .build()));
        robot.interact(() -> {
            session.setProject(first);
            materializer.materializeAll();
        });
        assertTrue(started.await(30, TimeUnit.SECONDS), "the first stage runs");

        // Reloaded while the first stage runs.
        second = Project.open(
                jar, ProjectOptions.builder().home(dir.resolve("home")).build());
        robot.interact(() -> {
            session.setProject(second);
            first.closeWhenIdle();
        });
        release.countDown();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.notifications().stream()
                .anyMatch(n -> n.level() == Notification.Level.WARNING
                        || n.level() == Notification.Level.ERROR
                        || n.title().startsWith("Run succeeded") && runsOf(first, "down") > 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                session.notifications().stream()
                        .anyMatch(n -> n.level() == Notification.Level.WARNING
                                && n.title().equals("1 later run not started")
                                && n.detail().equals("The project was reloaded.")),
                session.notifications().toString());
        assertTrue(
                session.notifications().stream().noneMatch(n -> n.level() == Notification.Level.ERROR),
                session.notifications().toString());
        assertEquals(0, runsOf(first, "down"), "nothing ran on the retired project after the reload");
    }

    private static long runsOf(Project project, String key) {
        project.history().flush();
        return project.history().latestMaterialization(AssetKey.of(key)).isPresent() ? 1 : 0;
    }
}
