package dev.assetstudio.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillOrigin;
import dev.assetstudio.engine.backfill.BackfillProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Materialize all" on the cereal example, whose assets are unpartitioned, daily and static partitioned: one
 * backfill, planned by the engine, followed to one notification.
 */
@ExtendWith(ApplicationExtension.class)
class MaterializeAllTest {
    @TempDir
    Path home;

    private Project project;
    private StudioSession session;
    private Materializer materializer;
    private String previousHome;

    @Start
    void start(Stage stage) {
        // no window needed: the toolkit runs the run-finished callbacks
    }

    @BeforeEach
    void open() {
        // The example's CSV I/O manager stores under AssetStudioHome, which other tests share: everything this
        // test materializes goes to its own folder instead.
        previousHome = System.getProperty(AssetStudioHome.PROPERTY);
        System.setProperty(AssetStudioHome.PROPERTY, home.toString());
        project = TestProjects.openCereal(home);
        session = new StudioSession(BackgroundTasks.onThreadPool());
        materializer = new Materializer(session);
    }

    @AfterEach
    void close() {
        if (project != null) {
            project.close();
        }
        if (previousHome == null) {
            System.clearProperty(AssetStudioHome.PROPERTY);
        } else {
            System.setProperty(AssetStudioHome.PROPERTY, previousHome);
        }
    }

    @Test
    void materializeAllIsOneBackfillAskedOncePerPartitionsDefinitionWithOneNotificationAtItsEnd(FxRobot robot)
            throws Exception {
        List<Set<AssetKey>> asked = new CopyOnWriteArrayList<>();
        materializer.setPartitionPicker((p, keys) -> {
            asked.add(keys);
            List<String> all =
                    p.asset(keys.iterator().next()).partitions().orElseThrow().keys();
            return List.of(RunRequest.builder()
                    .partitionRange(all.get(0), all.get(all.size() - 1))
                    .build());
        });
        robot.interact(() -> {
            session.setProject(project);
            materializer.materializeAll();
        });
        assertEquals(2, asked.size(), "daily and static: " + asked);
        FxWait.onFx(
                () -> session.notifications().stream().anyMatch(n -> n.level() != Notification.Level.INFO),
                () -> "the backfill did not end; notifications " + session.notifications());
        List<Notification> told = notifications().stream()
                .filter(n -> n.level() != Notification.Level.INFO)
                .toList();
        assertEquals(1, told.size(), "one notification for the whole backfill: " + told);
        assertEquals(Notification.Level.SUCCESS, told.get(0).level(), told::toString);
        assertEquals("Backfill succeeded", told.get(0).title());

        List<Backfill> backfills = project.backfills(10);
        assertEquals(1, backfills.size(), backfills::toString);
        Backfill backfill = backfills.get(0);
        assertEquals(BackfillOrigin.STUDIO, backfill.origin());
        assertEquals(1, backfill.runIds().size(), "every partitions definition and the rest in one run");
        BackfillProgress progress = project.backfillProgress(backfill.id());
        assertEquals(0, progress.failed(), progress::words);
        assertEquals(progress.total(), progress.ended(), progress::words);
        assertTrue(told.get(0).detail().contains(progress.words()), told::toString);
        for (AssetKey key : asked.stream().flatMap(Set::stream).toList()) {
            var counts = project.status(key).partitions();
            assertEquals(counts.total(), counts.materialized(), key + " fully materialized");
        }
        assertTrue(
                WaitForAsyncUtils.asyncFx(() -> materializer.activeBackfills().isEmpty())
                        .get());
    }

    @Test
    void cancelingThePickerStartsNothing(FxRobot robot) {
        materializer.setPartitionPicker((p, keys) -> List.of());
        robot.interact(() -> {
            session.setProject(project);
            materializer.materializeAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), project.backfills(10));
        assertEquals(List.of(), project.history().runs(0, 10));
    }

    /** A copy taken on the FX thread, which is the one that adds to the list. */
    private List<Notification> notifications() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(session.notifications()))
                .get();
    }
}
