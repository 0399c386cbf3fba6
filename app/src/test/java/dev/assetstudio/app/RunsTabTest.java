package dev.assetstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.runs.RunsRow;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
 * The Runs page is a tab of the main window (Ctrl+Shift+R), not a window of its own; a run opens on a
 * full-height detail page with the partitions and config it used, and Back returns to the list; the
 * bottom run panel's Details opens the same page.
 */
@ExtendWith(ApplicationExtension.class)
class RunsTabTest {
    private static final long WAIT_SECONDS = 60;

    @TempDir
    static Path dir;

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
                stage,
                ProjectOptions.builder()
                        .home(dir.resolve("home-" + System.nanoTime()))
                        .build(),
                preferences,
                themePreferences);
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
    void ctrlShiftRShowsTheRunsTabAndARunOpensOnAFullHeightDetailPage(FxRobot robot) throws Exception {
        Path jar = TestProjects.cerealJar(dir.resolve("cereal-" + System.nanoTime()));
        robot.interact(() -> main.openProject(jar));
        FxWait.onFx(() -> session.project() != null && !session.statuses().isEmpty(), window::state);
        robot.interact(() -> materializer.materialize(
                AssetSelection.parse("dailyPrices"),
                RunRequest.builder().partitionRange("2024-01-02", "2024-01-03").build()));
        FxWait.onFx(() -> "Succeeded".equals(main.lastRunStatusProperty().get()), window::state);

        TabPane pages = robot.lookup("#pages").queryAs(TabPane.class);
        assertEquals("page-assets", pages.getSelectionModel().getSelectedItem().getId());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("page-runs", pages.getSelectionModel().getSelectedItem().getId());
        Node page = robot.lookup("#runs-page").query();
        assertSame(stage, page.getScene().getWindow(), "a tab of the main window, not a window of its own");
        @SuppressWarnings("unchecked")
        TableView<RunsRow> table = robot.from(page).lookup("#runs-table").queryAs(TableView.class);
        FxWait.onFx(() -> table.getItems().stream().anyMatch(r -> "dailyPrices".equals(r.selection())), window::state);
        robot.interact(() -> table.getSelectionModel()
                .select(table.getItems().stream()
                        .filter(r -> "dailyPrices".equals(r.selection()))
                        .findFirst()
                        .orElseThrow()));
        assertEquals(
                "in-process",
                table.getItems().stream()
                        .filter(r -> "dailyPrices".equals(r.selection()))
                        .findFirst()
                        .orElseThrow()
                        .executorWords(),
                "the Ran on column");
        robot.clickOn("#runs-open");
        Node detail = robot.from(page).lookup("#run-detail").query();
        assertTrue(detail.isVisible());
        Label partitions = robot.from(detail).lookup("#run-partitions").queryAs(Label.class);
        FxWait.onFx(() -> "2024-01-02, 2024-01-03".equals(partitions.getText()), window::state);
        Label config = robot.from(detail).lookup("#run-config").queryAs(Label.class);
        assertEquals("none", config.getText());
        assertEquals(
                "in-process",
                robot.from(detail).lookup("#run-executor").queryAs(Label.class).getText());
        double pageHeight = pages.getHeight();
        assertTrue(
                detail.getBoundsInLocal().getHeight() > 0.85 * pageHeight,
                "full height: " + detail.getBoundsInLocal().getHeight() + " of " + pageHeight);
        @SuppressWarnings("unchecked")
        TableView<?> steps = robot.from(detail).lookup("#run-steps").queryAs(TableView.class);
        FxWait.onFx(() -> steps.getItems().size() == 2, window::state);

        robot.clickOn("#run-detail-back");
        assertFalse(detail.isVisible());
        assertTrue(robot.from(page).lookup("#runs-table").query().isVisible());

        // The bottom panel's Details opens the run it shows on the same page.
        robot.interact(() -> pages.getSelectionModel().select(0));
        Node bottomPanel = robot.lookup("#run-panel").query();
        robot.clickOn(robot.from(bottomPanel).lookup("#run-open-detail").queryButton());
        assertEquals("page-runs", pages.getSelectionModel().getSelectedItem().getId());
        assertTrue(detail.isVisible());
        assertSame(detail, robot.from(page).lookup("#run-detail").query());
        FxWait.onFx(() -> "2024-01-02, 2024-01-03".equals(partitions.getText()), window::state);
    }
}
