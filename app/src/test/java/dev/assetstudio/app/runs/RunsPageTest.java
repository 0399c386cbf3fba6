package dev.assetstudio.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.app.run.RunPanelViewModel;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.RunPanelWindow;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.backfill.BackfillMatrix;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/** The Runs page: a backfill started from the studio, its matrix filling in, and the filters. */
@ExtendWith(ApplicationExtension.class)
class RunsPageTest {
    @TempDir
    static Path home;

    private RunPanelWindow window;
    private RunsPageViewModel viewModel;
    private String previousHome;

    @Start
    void start(Stage stage) {
        window = RunPanelWindow.show(stage, 1000, 600, (session, materializer) -> {
            viewModel = new RunsPageViewModel(session);
            return new RunsPageView(
                    viewModel, new RunPanelViewModel(session, new MainViewModel(), materializer, false));
        });
    }

    @AfterEach
    void close() {
        window.close();
        if (previousHome == null) {
            System.clearProperty(AssetStudioHome.PROPERTY);
        } else {
            System.setProperty(AssetStudioHome.PROPERTY, previousHome);
        }
    }

    @Test
    void aBackfillIsListedItsMatrixFillsInAndTheFiltersNarrowTheList(FxRobot robot) throws Exception {
        previousHome = System.getProperty(AssetStudioHome.PROPERTY);
        System.setProperty(AssetStudioHome.PROPERTY, home.toString());
        Project project = TestProjects.openCereal(home.resolve("page"));
        project.materialize(AssetSelection.parse("cereals")); // a plain run besides the backfill
        window.open(robot, project);
        List<BackfillMatrix> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            viewModel.matrixProperty().addListener((o, a, m) -> seen.add(m));
            window.materializer()
                    .backfill(AssetSelection.parse("dailyPrices,dailySales"), Map.of(), RunRequest.empty());
        });
        FxWait.until(
                () -> viewModel.rows().stream().anyMatch(RunsRow::isBackfill),
                () -> "no backfill among " + viewModel.rows());
        robot.interact(() -> viewModel
                .selectedProperty()
                .set(viewModel.rows().stream()
                        .filter(RunsRow::isBackfill)
                        .findFirst()
                        .orElseThrow()));
        FxWait.until(
                () -> {
                    BackfillMatrix m = viewModel.matrixProperty().get();
                    return m != null && m.progress().done() == m.progress().total();
                },
                () -> "the matrix is " + viewModel.matrixProperty().get());
        BackfillMatrix done = viewModel.matrixProperty().get();
        assertEquals(28, done.progress().total(), "14 days of two daily assets");
        assertTrue(!seen.isEmpty());
        Label cell = robot.lookup("#cell-dailySales-2024-01-14").queryAs(Label.class);
        assertEquals("succeeded", cell.getText());

        FxWait.until(() -> viewModel.rows().size() == 2, () -> "the runs are " + viewModel.rows());
        robot.interact(() -> viewModel.statusFilterProperty().set("failed"));
        assertEquals(List.of(), viewModel.rows());
        robot.interact(() -> {
            viewModel.statusFilterProperty().set("all");
            viewModel.assetFilterProperty().set("dailySales");
        });
        assertEquals(1, viewModel.rows().size());
        assertTrue(viewModel.rows().get(0).isBackfill());
        robot.interact(() -> viewModel.assetFilterProperty().set("cereals"));
        assertEquals(1, viewModel.rows().size());
        assertEquals("Run", viewModel.rows().get(0).kind());
        assertEquals("succeeded", viewModel.rows().get(0).status());
    }
}
