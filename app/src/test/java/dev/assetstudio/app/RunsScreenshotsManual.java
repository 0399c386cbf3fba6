package dev.assetstudio.app;

import dev.assetstudio.app.runs.RunsRow;
import dev.assetstudio.app.screenshot.PngWriter;
import dev.assetstudio.app.shell.StudioAction;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.engine.ProjectOptions;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Manual: screenshots of the runs features at a size, under Xvfb (not part of the suite). */
@ExtendWith(ApplicationExtension.class)
class RunsScreenshotsManual {
    static final Path OUT = Path.of("/work/tmp/runs2-shots");
    private StudioWindowFixture w;
    private int width = Integer.getInteger("shot.w", 1280);
    private int height = Integer.getInteger("shot.h", 800);

    @Start
    void start(Stage stage) {
        w = StudioWindowFixture.show(
                stage,
                ProjectOptions.builder()
                        .home(Path.of("/work/tmp/runs2-home/h-" + System.nanoTime()))
                        .build(),
                TestPreferences.fresh(),
                TestPreferences.fresh());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    private void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        Stage s = w.stage();
        var image = robot.capture(new Rectangle2D(s.getX(), s.getY(), s.getWidth(), s.getHeight()))
                .getImage();
        PngWriter.write(image, OUT.resolve(width + "x" + height + "-" + name + ".png"));
    }

    @Test
    void shots(FxRobot robot) throws Exception {
        Path jar = TestProjects.cerealJar(Path.of("/work/tmp/runs2-home/jar-" + System.nanoTime()));
        robot.interact(() -> w.main().openProject(jar));
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> w.session().project() != null && !w.session().statuses().isEmpty());
        shot(robot, "1-opened");
        robot.interact(() -> w.materializer()
                .setPartitionPicker(new dev.assetstudio.app.partitions.PartitionPickerDialog(
                        w.session().background(), () -> w.stage())));
        robot.interact(() -> w.main().execute(StudioAction.MATERIALIZE_ALL));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#picker-materialize")
                .tryQuery()
                .isPresent());
        Thread.sleep(1000);
        shot(robot, "1b-picker");
        robot.clickOn("#picker-materialize");
        Thread.sleep(300);
        if (robot.lookup("#picker-materialize").tryQuery().isPresent()) {
            shot(robot, "1c-picker2");
            robot.clickOn("#picker-materialize");
        }
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> w.main().lastRunStatusProperty().get() != null
                        && !w.main().lastRunStatusProperty().get().isEmpty()
                        && w.materializer().activeBackfills().isEmpty());
        Thread.sleep(800);
        shot(robot, "2-after-materialize-all");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<RunsRow> table = robot.lookup("#runs-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(RunsRow::isBackfill));
        robot.interact(() -> table.getSelectionModel()
                .select(table.getItems().stream()
                        .filter(RunsRow::isBackfill)
                        .findFirst()
                        .orElseThrow()));
        Thread.sleep(1500);
        shot(robot, "3-runs-matrix");
        robot.clickOn("#runs-open");
        Thread.sleep(1500);
        shot(robot, "4-run-detail");
        robot.clickOn("Log");
        shot(robot, "5-run-detail-log");
        robot.clickOn("Config & partitions");
        shot(robot, "6-run-detail-inputs");
        robot.clickOn("#run-detail-back");
        robot.clickOn("Assets");
        shot(robot, "7-assets-again");
    }
}
