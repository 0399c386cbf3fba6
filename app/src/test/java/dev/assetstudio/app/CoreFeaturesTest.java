package dev.assetstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.project.LoadErrorView;
import dev.assetstudio.app.run.StepRow;
import dev.assetstudio.app.run.StepState;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.status.AssetStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The core features in a real (headless) window, against the cereal example and jars built here. */
@ExtendWith(ApplicationExtension.class)
class CoreFeaturesTest {

    private static final long WAIT_SECONDS = 30;

    @TempDir
    static Path dir;

    private final Preferences preferences = TestPreferences.fresh();
    private final Preferences themePreferences = TestPreferences.fresh();
    private StudioSession session;
    private MainViewModel main;
    private CoreFeatures core;
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
        core = w.core();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        TestPreferences.remove(preferences);
        TestPreferences.remove(themePreferences);
    }

    @Test
    void opensTheExampleFiltersSelectsAndMaterializes(FxRobot robot) throws Exception {
        Path jar = TestProjects.cerealJar(dir.resolve("cereal-" + System.nanoTime()));
        robot.interact(() -> main.openProject(jar));
        FxWait.onFx(() -> session.project() != null && !session.statuses().isEmpty(), window::state);
        assertEquals("Asset Studio — cereal-assets.jar", stage.getTitle());

        // Groups with counts.
        List<String> groups = groupLabels(robot);
        assertTrue(groups.contains("nutrition (8)"), groups.toString());
        assertEquals(
                session.project().groups().size(),
                core.catalog().groupsProperty().get().size(),
                "every group (the tree shows those that fit)");

        // Filters: a group, then an upstream closure.
        TextField filter = robot.lookup("#catalog-filter").queryAs(TextField.class);
        // The filter is resolved in the background: the tree follows shortly.
        robot.interact(() -> filter.setText("group:nutrition"));
        FxWait.onFx(() -> groupLabels(robot).equals(List.of("nutrition (8)")), window::state);
        assertEquals(List.of("nutrition (8)"), groupLabels(robot));
        robot.interact(() -> filter.setText("*nutritionSummary"));
        FxWait.onFx(() -> !groupLabels(robot).equals(List.of("nutrition (8)")), window::state);
        assertTrue(assetRows(robot).contains("nutritionSummary"));
        assertTrue(assetRows(robot).contains("cereals"));
        assertFalse(assetRows(robot).contains("shoppingList"));
        robot.interact(() -> filter.setText(""));
        FxWait.onFx(
                () -> core.catalog().groupsProperty().get().size()
                        == session.project().groups().size(),
                window::state);

        // Selecting a row focuses it in the session, and back.
        robot.clickOn(assetCell(robot, "cereals"));
        assertEquals(AssetKey.of("cereals"), session.focused());
        assertEquals("cereals", main.selectedAssetProperty().get());
        assertEquals(
                "Materialize selected (1)",
                robot.lookup("#action-materialize-selected-button")
                        .queryButton()
                        .getText());
        robot.interact(() -> session.select(AssetKey.of("sugaryCereals")));
        assertTrue(assetCell(robot, "sugaryCereals").isSelected());
        robot.interact(() -> session.select(AssetKey.of("cereals"))); // scrolls it back into view
        assertFalse(assetCell(robot, "sugaryCereals").isSelected());

        // Right-click → Materialize → the badge turns fresh and the run panel shows every step succeeded.
        robot.clickOn(assetCell(robot, "cereals"), MouseButton.SECONDARY);
        FxWait.onFx(() -> robot.lookup("#catalog-materialize").tryQuery().isPresent(), window::state);
        robot.clickOn("#catalog-materialize");
        FxWait.onFx(() -> status("cereals") == AssetStatus.State.FRESH, window::state);
        FxWait.onFx(() -> hasStyleClass(assetCell(robot, "cereals"), "as-status-fresh"), window::state);
        FxWait.onFx(() -> "Succeeded".equals(main.lastRunStatusProperty().get()), window::state);
        @SuppressWarnings("unchecked")
        TableView<StepRow> steps = robot.lookup("#run-steps").queryAs(TableView.class);
        assertFalse(steps.getItems().isEmpty());
        assertTrue(steps.getItems().stream().allMatch(s -> s.state() == StepState.SUCCEEDED));
        assertTrue(steps.getItems().stream().anyMatch(s -> s.step().asset().equals(AssetKey.of("cereals"))));
    }

    @Test
    void reloadsWhenTheJarChangesAndKeepsTheProjectWhenAJarIsBroken(FxRobot robot) throws Exception {
        Path jar = TestProjects.smallJar(
                dir.resolve("watched-" + System.nanoTime()).resolve("p.jar"), "first", "alpha");
        robot.interact(() -> main.openProject(jar));
        FxWait.onFx(() -> groupLabels(robot).equals(List.of("first (1)")), window::state);
        Project first = session.project();

        // A build replaces the jar (written beside it, then renamed over it): the catalog follows by itself.
        TestProjects.smallJar(jar, "second", "alpha", "beta");
        FxWait.onFx(() -> groupLabels(robot).equals(List.of("second (2)")), window::state);
        assertTrue(first.closeWhenIdle().get(WAIT_SECONDS, TimeUnit.SECONDS) == null && first.isClosed());
        Project second = session.project();

        // A broken jar: its error shows in the error panel; the open project stays, and still works.
        Path broken = TestProjects.brokenJar(dir.resolve("broken-" + System.nanoTime()));
        robot.interact(() -> main.openProject(broken));
        LoadErrorView error = robot.lookup("#load-error").queryAs(LoadErrorView.class);
        FxWait.onFx(error::isVisible, window::state);
        assertTrue(
                error.panel().getTitle().startsWith("Could not open broken.jar"),
                error.panel().getTitle());
        assertTrue(
                error.panel().getText().contains("not a valid jar"),
                error.panel().getText());
        assertSame(second, session.project());
        FxWait.onFx(() -> groupLabels(robot).equals(List.of("second (2)")), window::state);
        assertEquals(List.of("second (2)"), groupLabels(robot));
        assertEquals("Asset Studio — p.jar", stage.getTitle());

        robot.clickOn(assetCell(robot, "beta"), MouseButton.SECONDARY);
        FxWait.onFx(() -> robot.lookup("#catalog-materialize").tryQuery().isPresent(), window::state);
        robot.clickOn("#catalog-materialize");
        FxWait.onFx(() -> status("beta") == AssetStatus.State.FRESH, window::state);

        robot.clickOn(robot.lookup("#load-error-dismiss").queryAs(Button.class));
        assertFalse(error.isVisible());
    }

    // ------------------------------------------------------------------ helpers

    private AssetStatus.State status(String key) {
        AssetStatus status = session.statuses().get(AssetKey.of(key));
        return status == null ? null : status.state();
    }

    private static List<TreeCell<?>> cells(FxRobot robot) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            WaitForAsyncUtils.waitForFxEvents(); // (inside FxWait.onFx's checks it would wait for itself)
        }
        return robot.lookup("#catalog-tree .tree-cell").queryAll().stream()
                .<TreeCell<?>>map(node -> (TreeCell<?>) node)
                .filter(cell -> cell.getItem() != null && cell.isVisible())
                .toList();
    }

    private static List<String> groupLabels(FxRobot robot) {
        return cells(robot).stream()
                .filter(cell -> cell.getStyleClass().contains("as-catalog-group"))
                .map(CoreFeaturesTest::groupRowText)
                .toList();
    }

    private static List<String> assetRows(FxRobot robot) {
        return cells(robot).stream()
                .filter(cell -> cell.getStyleClass().contains("as-catalog-asset"))
                .map(CoreFeaturesTest::cellText)
                .toList();
    }

    private static TreeCell<?> assetCell(FxRobot robot, String key) {
        return cells(robot).stream()
                .filter(cell -> cell.getStyleClass().contains("as-catalog-asset") && key.equals(cellText(cell)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + assetRows(robot)));
    }

    /** A group row as read: its name and, in a label of its own, its count ("nutrition (6)"). */
    private static String groupRowText(TreeCell<?> cell) {
        return ((javafx.scene.layout.HBox) cell.getGraphic())
                .getChildren().stream()
                        .filter(n -> n instanceof javafx.scene.control.Label)
                        .map(n -> ((javafx.scene.control.Label) n).getText())
                        .filter(text -> !text.isEmpty())
                        .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String cellText(TreeCell<?> cell) {
        return ((javafx.scene.layout.HBox) cell.getGraphic())
                .getChildren().stream()
                        .filter(n -> n instanceof javafx.scene.control.Label)
                        .map(n -> ((javafx.scene.control.Label) n).getText())
                        .findFirst()
                        .orElse("");
    }

    private static boolean hasStyleClass(Node root, String styleClass) {
        return root.lookupAll("." + styleClass).stream().anyMatch(Objects::nonNull);
    }
}
