package dev.assetstudio.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
 * "Materialize all" on the cereal example, whose assets are unpartitioned, daily and static partitioned: the
 * engine takes one partition range per run, so the selection is split and run upstream first.
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
    void splitsByPartitionsAndOrdersUpstreamFirst() {
        List<RunSplit.Part> parts = RunSplit.of(project.select(AssetSelection.all()), project::asset);
        assertTrue(parts.size() >= 3, "unpartitioned, daily and static assets: " + parts);
        Set<Object> kinds = new java.util.HashSet<>();
        for (RunSplit.Part part : parts) {
            kinds.add(part.partitions().map(Object.class::cast).orElse("none"));
            for (AssetKey key : part.keys()) {
                assertEquals(part.partitions(), project.asset(key).partitions(), key + " in " + part);
                for (AssetKey up : project.asset(key).upstreamKeys()) {
                    RunSplit.Part upPart = partOf(parts, up);
                    assertTrue(
                            upPart == part || upPart.stage() < part.stage(), up + " runs before " + key + ": " + parts);
                }
            }
        }
        assertEquals(3, kinds.size(), "none, daily, static: " + kinds);
    }

    @Test
    void materializeAllAsksOncePerPartitionsDefinitionAndRunsEverything(FxRobot robot) throws Exception {
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

        int runs = RunSplit.of(project.select(AssetSelection.all()), project::asset)
                        .size()
                + 0;
        try {
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> session.notifications().stream()
                                    .filter(n -> n.level() != Notification.Level.INFO)
                                    .count()
                            >= runs);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not every run ended; notifications " + session.notifications(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                session.notifications().stream()
                        .filter(n -> n.level() != Notification.Level.INFO)
                        .allMatch(n -> n.level() == Notification.Level.SUCCESS),
                session.notifications().toString());
        project.history().flush();
        for (AssetKey key : asked.stream().flatMap(Set::stream).toList()) {
            assertTrue(project.history().latestMaterialization(key).isPresent(), key + " materialized");
        }
    }

    private static RunSplit.Part partOf(List<RunSplit.Part> parts, AssetKey key) {
        return parts.stream().filter(p -> p.keys().contains(key)).findFirst().orElseThrow();
    }
}
