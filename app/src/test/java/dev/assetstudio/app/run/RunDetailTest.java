package dev.assetstudio.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.RunPanelWindow;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.testing.BadJars;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The run detail: log filters, a click on a failed step, and re-execution from the failure. */
@ExtendWith(ApplicationExtension.class)
class RunDetailTest {
    static final String BROKEN = "rundetailtest.broken";

    @TempDir
    static Path dir;

    private RunPanelWindow window;
    private RunPanelViewModel viewModel;

    @Start
    void start(Stage stage) {
        window = RunPanelWindow.show(stage, 1100, 500, (session, materializer) -> {
            viewModel = new RunPanelViewModel(session, new MainViewModel(), materializer);
            return new RunPanelView(viewModel);
        });
    }

    @AfterEach
    void close() {
        window.close();
        System.clearProperty(BROKEN);
    }

    @Test
    void aFailedStepFiltersTheLogAndReexecutionFromFailureRunsOnlyWhatFailed(FxRobot robot) throws Exception {
        System.setProperty(BROKEN, "true");
        Path jar = BadJars.assets(
                dir.resolve("jars"),
                "detail.jar",
                """
                public final class Assets {
                  public record Boost(int by) implements Config {
                    public Boost() { this(1); }
                  }
                  @Asset public static int fine(AssetContext context) {
                    context.log().info("fine is fine");
                    return 1;
                  }
                  @Asset public static int boom(int fine, Boost config, AssetContext context) {
                    context.log().info("boom starts");
                    context.log().warn("boom is about to fail");
                    if (Boolean.getBoolean("%s")) { throw new IllegalStateException("kaboom"); }
                    return fine + config.by();
                  }
                }
                """
                        .formatted(BROKEN));
        Project project = window.open(
                robot,
                Project.open(
                        jar, ProjectOptions.builder().home(dir.resolve("home")).build()));
        robot.interact(() -> window.materializer()
                .materialize(
                        AssetSelection.all(),
                        RunRequest.builder().config("boom", Map.of("by", 5)).build()));
        FxWait.until(
                () -> viewModel.statusProperty().get() == RunStatus.FAILED,
                () -> "the run is " + viewModel.statusProperty().get() + ", not failed");
        String failedRun = viewModel.runIdProperty().get();
        assertEquals("boom: by=5", viewModel.configWordsProperty().get(), "the config the run used");
        assertEquals("in-process", viewModel.executorWordsProperty().get(), "where the run executed");
        robot.clickOn("Config & partitions");
        assertEquals(
                "boom: by=5",
                robot.lookup("#run-config")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText());
        assertEquals(
                "none",
                robot.lookup("#run-partitions")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText());
        assertEquals(3, viewModel.filteredLogLines().size(), viewModel.logLines()::toString);

        // a click on the failed step shows its lines only
        @SuppressWarnings("unchecked")
        TableView<StepRow> steps = robot.lookup("#run-steps").queryAs(TableView.class);
        int boomRow = steps.getItems()
                .indexOf(steps.getItems().stream()
                        .filter(r -> r.step().asset().equals(AssetKey.of("boom")))
                        .findFirst()
                        .orElseThrow());
        robot.interact(() -> steps.getSelectionModel().select(boomRow));
        assertEquals("boom", viewModel.stepFilterProperty().get());
        assertEquals(
                List.of("boom starts", "boom is about to fail"),
                viewModel.filteredLogLines().stream().map(LogEntry::message).toList());
        robot.interact(() -> viewModel.levelFilterProperty().set("WARN"));
        assertEquals(
                List.of("boom is about to fail"),
                viewModel.filteredLogLines().stream().map(LogEntry::message).toList());
        robot.interact(() -> {
            viewModel.levelFilterProperty().set(RunPanelViewModel.ALL_LEVELS);
            viewModel.stepFilterProperty().set("");
            viewModel.logSearchProperty().set("FINE IS");
        });
        assertEquals(
                List.of("fine is fine"),
                viewModel.filteredLogLines().stream().map(LogEntry::message).toList());

        System.clearProperty(BROKEN);
        robot.clickOn("#run-reexecute-failed");
        FxWait.until(
                () -> !failedRun.equals(viewModel.runIdProperty().get())
                        && viewModel.statusProperty().get() == RunStatus.SUCCEEDED,
                () -> "the panel shows run " + viewModel.runIdProperty().get() + " "
                        + viewModel.statusProperty().get() + "; the failed one was " + failedRun);
        assertEquals(
                List.of(AssetKey.of("boom")),
                viewModel.steps().stream().map(r -> r.step().asset()).toList(),
                "only the failed step runs again");
        assertTrue(project.history().latestMaterialization(AssetKey.of("boom")).isPresent());
        assertEquals(6, project.loadAssetValue(AssetKey.of("boom")), "re-executed with by=5, not the default 1");
        assertEquals("boom: by=5", viewModel.configWordsProperty().get());
    }
}
