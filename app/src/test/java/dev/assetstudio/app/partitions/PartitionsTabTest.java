package dev.assetstudio.app.partitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.RunPanelWindow;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.app.ui.EmptyState;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Partitions tab and the partition picker on the bundled cereal example. */
@ExtendWith(ApplicationExtension.class)
class PartitionsTabTest {
    private static final AssetKey DAILY_SALES = AssetKey.of("dailySales");
    private static final AssetKey DAILY_PRICES = AssetKey.of("dailyPrices");

    @TempDir
    static Path home;

    private RunPanelWindow window;
    private StudioSession session;
    private Materializer materializer;
    private PartitionsTabView view;
    private Project project;

    @Start
    void start(Stage stage) {
        window = RunPanelWindow.show(stage, 640, 520, (session, materializer) -> {
            view = new PartitionsTabView(new PartitionsViewModel(session, materializer));
            return view;
        });
        session = window.session();
        materializer = window.materializer();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void open(Path homeDir, FxRobot robot) {
        project = window.open(robot, TestProjects.openCereal(homeDir));
    }

    private String counts(FxRobot robot) {
        return robot.lookup("#partitions-counts").queryAs(Label.class).getText();
    }

    private void waitForCounts(FxRobot robot, String expected) throws Exception {
        FxWait.until(
                () -> expected.equals(counts(robot)),
                () -> "expected " + expected + " but the tab shows " + counts(robot) + "; notifications "
                        + session.notifications());
    }

    @Test
    void aBackfillShowsOnTheBarAndThePickersAllMissingFillsItIn(FxRobot robot) throws Exception {
        open(home.resolve("backfill"), robot);
        RunResult first = project.materialize(
                AssetSelection.parse("dailyPrices,dailySales"),
                RunRequest.builder().partitionRange("2024-01-01", "2024-01-10").build());
        assertTrue(first.succeeded(), first.failures().toString());

        robot.interact(() -> session.select(DAILY_SALES));
        waitForCounts(robot, "10 materialized · 0 failed · 4 missing of 14");
        assertEquals(
                List.of("2024-01-01…2024-01-10 materialized", "2024-01-11…2024-01-14 missing"),
                view.bar().getHealth().ranges().stream()
                        .map(PartitionHealth.Range::describe)
                        .toList());
        assertTrue(view.isReady());

        // Materialize with upstream on the partitioned asset, without partitions: the picker is asked
        List<Set<AssetKey>> asked = new CopyOnWriteArrayList<>();
        List<List<RunRequest>> picked = new CopyOnWriteArrayList<>();
        materializer.setPartitionPicker((p, keys) -> {
            asked.add(keys);
            PartitionPickerPane pane =
                    new PartitionPickerPane(keys.iterator().next().toString());
            pane.setHealth(PartitionHealth.load(p, keys.iterator().next()).orElseThrow());
            pane.choose(PartitionPickerPane.Choice.MISSING);
            picked.add(pane.requests());
            return pane.requests();
        });
        robot.interact(() -> materializer.materialize(List.of(DAILY_SALES), Materializer.Scope.WITH_UPSTREAM));

        assertEquals(List.of(Set.of(DAILY_PRICES, DAILY_SALES)), asked);
        assertEquals(1, picked.get(0).size());
        assertEquals(
                "2024-01-11...2024-01-14",
                picked.get(0).get(0).partitionRange().orElseThrow().toString());
        waitForCounts(robot, "14 materialized · 0 failed · 0 missing of 14");
        assertTrue(robot.lookup("#partitions-materialize-missing").query().isDisabled());
    }

    @Test
    void selectedPartitionsAndTheMissingButtonLaunchBackfills(FxRobot robot) throws Exception {
        open(home.resolve("buttons"), robot);
        robot.interact(() -> session.select(DAILY_PRICES));
        waitForCounts(robot, "0 materialized · 0 failed · 14 missing of 14");

        robot.interact(() -> view.bar().select(List.of("2024-01-02", "2024-01-03")));
        assertFalse(robot.lookup("#partitions-materialize-selected").query().isDisabled());
        robot.clickOn("#partitions-materialize-selected");
        waitForCounts(robot, "2 materialized · 0 failed · 12 missing of 14");
        assertTrue(robot.lookup("#partitions-selection")
                .queryAs(Label.class)
                .getText()
                .startsWith("2 partitions selected: 2024-01-02…2024-01-03"));

        // the gaps either side are two ranges, yet one backfill and one run
        robot.clickOn("#partitions-materialize-missing");
        waitForCounts(robot, "14 materialized · 0 failed · 0 missing of 14");
        assertEquals(
                1,
                project.history().partitionStatuses(DAILY_PRICES).values().stream()
                        .map(s -> s.runId())
                        .distinct()
                        .filter(id -> project.history()
                                .partitionStatuses(DAILY_PRICES)
                                .get("2024-01-02")
                                .runId()
                                .equals(id))
                        .count());
        assertEquals(2, project.history().runs(0, 10).size());
        var backfills = project.backfills(10);
        assertEquals(2, backfills.size(), backfills::toString);
        assertEquals(12, backfills.get(0).targets().size(), backfills.get(0)::toString);
    }

    @Test
    void staticPartitionsAndUnpartitionedAssets(FxRobot robot) throws Exception {
        open(home.resolve("static"), robot);
        robot.interact(() -> session.select(AssetKey.of("warehouse", "manufacturerLineup")));
        waitForCounts(robot, "0 materialized · 0 failed · 7 missing of 7");
        assertEquals(
                List.of("A", "G", "K", "N", "P", "Q", "R"),
                view.bar().getHealth().keys());

        robot.interact(() -> session.select(AssetKey.of("priceTrends")));
        FxWait.until(view::isReady, "the tab is ready for priceTrends");
        EmptyState empty = robot.lookup(".as-empty-state").queryAs(EmptyState.class);
        assertEquals("Not partitioned", empty.getTitle());
        assertTrue(empty.isVisible());
    }

    @Test
    void withoutAPickerTheEngineRefusesAPartitionedRunWithoutPartitions(FxRobot robot) throws Exception {
        open(home.resolve("refused"), robot);
        robot.interact(() -> materializer.materialize(List.of(DAILY_SALES), Materializer.Scope.ONLY));
        FxWait.until(() -> !session.notifications().isEmpty(), "a notification");
        assertTrue(
                session.notifications().get(0).toString().contains("give a partition key or range"),
                session.notifications().toString());

        // a picker that is canceled starts nothing
        materializer.setPartitionPicker((p, keys) -> List.of());
        robot.interact(() -> materializer.materialize(List.of(DAILY_SALES), Materializer.Scope.ONLY));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(project.history().runs(0, 10).isEmpty());
    }
}
