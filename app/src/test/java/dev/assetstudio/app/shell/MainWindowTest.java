package dev.assetstudio.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.app.ui.EmptyState;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final Preferences preferences = TestPreferences.fresh();
    private MainViewModel viewModel;
    private MainWindow window;
    private Scene scene;
    private Theme theme;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel();
        theme = new Theme(preferences);
        window = new MainWindow(viewModel, theme);
        // The window in a holder, so a test can make it smaller than the scene (Monocle's headless screen is too
        // small for a bigger stage).
        var holder = new javafx.scene.layout.StackPane(window);
        holder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        scene = new Scene(holder, 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    @Test
    void hasTheMenusTabsAndStatusBar(FxRobot robot) {
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(
                List.of("File", "View", "Run", "Help"),
                menuBar.getMenus().stream().map(menu -> menu.getText()).toList());

        TabPane pages = robot.lookup("#pages").queryAs(TabPane.class);
        assertEquals(
                List.of("Assets", "Runs"),
                pages.getTabs().stream().map(t -> t.getText()).toList(),
                "the window's pages");
        TabPane tabs = robot.lookup(".tab-pane").match(n -> n != pages).queryAs(TabPane.class);
        assertEquals(
                List.of(
                        "Definition",
                        "Activity",
                        "Partitions",
                        "Lineage",
                        "Runs/Logs",
                        "Preview",
                        "Automation",
                        "Checks"),
                tabs.getTabs().stream().map(Tab::getText).toList());

        assertEquals(
                "No project open",
                robot.lookup("#status-project").queryAs(Label.class).getText());
        assertEquals(
                "No runs yet",
                robot.lookup("#status-last-run").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".as-empty-state").queryAllAs(EmptyState.class).stream()
                .anyMatch(empty -> empty.getHint().equals("Select an asset to see its details.")));
    }

    @Test
    void actionsWithoutAFeatureAreDisabled(FxRobot robot) {
        assertTrue(robot.lookup("#action-reload-button").queryButton().isDisabled());
        assertTrue(robot.lookup("#action-materialize-all-button").queryButton().isDisabled());
        assertTrue(robot.lookup("#action-open-button").queryButton().isDisabled(), "no project feature yet");
        assertFalse(robot.lookup("#action-toggle-theme-button").queryButton().isDisabled());
    }

    @Test
    void aFeaturePlugsInAHandlerAndTheButtonRunsIt(FxRobot robot) {
        int[] fits = {0};
        robot.interact(() -> {
            viewModel.setHandler(StudioAction.FIT_TO_VIEW, () -> fits[0]++);
            viewModel.projectOpened(Path.of("/data/orders.jar"), 7);
        });
        Button fit = robot.lookup("#action-fit-to-view-button").queryButton();
        assertFalse(fit.isDisabled());
        robot.clickOn(fit);
        assertEquals(1, fits[0]);
        assertEquals(
                "7 assets", robot.lookup("#status-assets").queryAs(Label.class).getText());

        // The shortcut F fits too; typed into a text field it is just a letter (the field consumes the key first).
        robot.interact(() -> window.addToolBarItem(new TextField()));
        robot.clickOn(".as-graph-area").type(KeyCode.F);
        assertEquals(2, fits[0]);
        robot.clickOn(".tool-bar .text-field").type(KeyCode.F);
        assertEquals(2, fits[0], "typing f in a field does not fit the graph");
        assertEquals(
                "f",
                robot.lookup(".tool-bar .text-field").queryAs(TextField.class).getText());
    }

    @Test
    void keysPickTabsFindAndMaterializeButNotWhileTyping(FxRobot robot) {
        int[] finds = {0};
        int[] materializes = {0};
        robot.interact(() -> {
            viewModel.setHandler(StudioAction.FIND, () -> finds[0]++);
            viewModel.setHandler(StudioAction.MATERIALIZE_SELECTED, () -> materializes[0]++);
            viewModel.projectOpened(Path.of("orders.jar"), 2);
            viewModel.setSelectedAsset("analytics/daily_orders");
            window.addToolBarItem(new TextField());
        });
        robot.clickOn(".as-graph-area");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertEquals(DetailsTab.ACTIVITY, window.details().selectedTab());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        assertEquals(DetailsTab.PREVIEW, window.details().selectedTab());

        robot.clickOn(".as-graph-area").write("/");
        assertEquals(1, finds[0], "/ finds");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertEquals(1, materializes[0], "Ctrl+Enter materializes the selection");

        robot.clickOn(".tool-bar .text-field").write("a/b");
        assertEquals(1, finds[0], "/ typed in a field is a character");
        assertEquals(
                "a/b",
                robot.lookup(".tool-bar .text-field").queryAs(TextField.class).getText());
    }

    @Test
    void theShortcutsDialogListsEveryAccelerator() {
        var listed = Shortcuts.all().stream().map(Shortcuts.Shortcut::keys).toList();
        for (StudioAction action : StudioAction.values()) {
            ActionControls.accelerator(action)
                    .ifPresent(key -> assertTrue(listed.contains(key.getDisplayText()), action + " is listed"));
        }
        assertTrue(listed.contains("/"));
        assertEquals(listed.size(), new java.util.HashSet<>(listed).size(), "no key twice: " + listed);
    }

    @Test
    void themeToggleSwitchesTheStylesheetAndIsRemembered(FxRobot robot) {
        assertFalse(scene.getStylesheets().contains(Theme.DARK_CSS));
        robot.clickOn("#action-toggle-theme-button");
        assertTrue(scene.getStylesheets().contains(Theme.DARK_CSS));
        assertTrue(scene.getStylesheets().contains(Theme.STUDIO_CSS));
        assertTrue(new Theme(preferences).isDark(), "remembered for next time");

        robot.clickOn("#action-toggle-theme-button");
        assertFalse(scene.getStylesheets().contains(Theme.DARK_CSS));
    }

    @Test
    void sessionThemeIsNotRemembered(FxRobot robot) {
        robot.interact(() -> theme.overrideForSession(true));
        assertTrue(scene.getStylesheets().contains(Theme.DARK_CSS));
        assertFalse(new Theme(preferences).isDark());
    }

    @Test
    void runPanelCollapsesAndComesBack(FxRobot robot) {
        assertEquals(0, robot.lookup(".as-run-panel").queryAll().size(), "no run yet: the graph gets the height");
        robot.clickOn("#action-toggle-run-panel-button");
        assertEquals(1, robot.lookup(".as-run-panel").queryAll().size(), "shown on demand");
        robot.clickOn("#action-toggle-run-panel-button");
        assertEquals(0, robot.lookup(".as-run-panel").queryAll().size());
        robot.clickOn("#action-toggle-run-panel-button");
        assertEquals(1, robot.lookup(".as-run-panel").queryAll().size());
    }

    @Test
    void theRunPanelStaysOutOfTheWayUntilARunStarts(FxRobot robot) {
        var rows = split(robot, javafx.geometry.Orientation.VERTICAL);
        assertEquals(0, robot.lookup(".as-run-panel").queryAll().size(), "760 px and no run: hidden");
        assertEquals(1, rows.getItems().size(), "the columns take the whole height");

        robot.interact(viewModel::runStarted);
        assertEquals(1, robot.lookup(".as-run-panel").queryAll().size(), "a run shows the run panel");
        robot.interact(() -> viewModel.runFinished("Succeeded"));
        assertEquals(1, robot.lookup(".as-run-panel").queryAll().size(), "and it stays for the run's result");

        // Hidden by the user, it stays hidden through the next run.
        robot.interact(() -> window.runPanelVisibleProperty().set(false));
        robot.interact(viewModel::runStarted);
        assertEquals(0, robot.lookup(".as-run-panel").queryAll().size(), "the user hid it: the next run leaves it");
    }

    @Test
    void detailsFollowTheSelectionAndTabsCanBeChosen(FxRobot robot) {
        var definition = new Label("definition of daily_orders");
        robot.interact(() -> {
            window.details().setContent(DetailsTab.DEFINITION, definition);
            viewModel.projectOpened(Path.of("orders.jar"), 2);
            viewModel.setSelectedAsset("analytics/daily_orders");
            window.details().select(DetailsTab.DEFINITION);
        });
        assertTrue(definition.isVisible() && definition.getScene() != null);

        robot.interact(() -> window.details().select(DetailsTab.RUNS));
        assertEquals(DetailsTab.RUNS, window.details().selectedTab());
    }

    @Test
    void sidePanelsCollapseAndComeBackAtTheirWidth(FxRobot robot) {
        javafx.scene.control.SplitPane columns =
                (javafx.scene.control.SplitPane) robot.lookup(".split-pane").queryAll().stream()
                        .filter(n -> ((javafx.scene.control.SplitPane) n).getOrientation()
                                == javafx.geometry.Orientation.HORIZONTAL)
                        .findFirst()
                        .orElseThrow();
        assertEquals(3, columns.getItems().size());
        javafx.scene.Node catalog = columns.getItems().get(0);
        javafx.scene.Node graph = columns.getItems().get(1);
        double catalogWidth = ((javafx.scene.layout.Region) catalog).getWidth();
        double graphWidth = ((javafx.scene.layout.Region) graph).getWidth();
        assertTrue(graphWidth > scene.getWidth() / 2, "the graph has most of a 1200 px window: " + graphWidth);

        robot.clickOn("#action-toggle-catalog-button");
        assertFalse(columns.getItems().contains(catalog), "the catalog is hidden");
        assertTrue(((javafx.scene.layout.Region) graph).getWidth() > graphWidth + catalogWidth * 0.8);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(1, columns.getItems().size(), "Ctrl+Shift+B hides the details too");

        robot.clickOn("#action-toggle-catalog-button");
        robot.clickOn("#action-toggle-details-button");
        assertEquals(List.of(catalog, graph, window.details()), List.copyOf(columns.getItems()));
        assertEquals(catalogWidth, ((javafx.scene.layout.Region) catalog).getWidth(), 2, "back at its width");
    }

    private static javafx.scene.control.SplitPane split(FxRobot robot, javafx.geometry.Orientation orientation) {
        return (javafx.scene.control.SplitPane) robot.lookup(".split-pane").queryAll().stream()
                .filter(n -> ((javafx.scene.control.SplitPane) n).getOrientation() == orientation)
                .findFirst()
                .orElseThrow();
    }

    /** Makes the window {@code width × height} (at most the scene's 1200 × 760), as a resize by the user does. */
    private void resize(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> window.setMaxSize(width, height));
        // A loaded machine may lay the window out a pulse or two later; then let the resize's follow-ups run.
        FxWait.until(
                () -> window.getWidth() == width && window.getHeight() == height,
                () -> "the window never took " + width + " x " + height + ": it is " + window.getWidth() + " x "
                        + window.getHeight());
    }

    @Test
    void aNarrowWindowHidesTheDetailsAndAWideOneBringsThemBack(FxRobot robot) throws Exception {
        var columns = split(robot, javafx.geometry.Orientation.HORIZONTAL);
        assertTrue(columns.getItems().contains(window.details()), "1200 px: the details are shown");

        resize(robot, 1024, 700);
        assertFalse(columns.getItems().contains(window.details()), "1024 px: the details give way to the graph");
        assertFalse(window.detailsVisibleProperty().get());
        javafx.scene.layout.Region graph =
                (javafx.scene.layout.Region) columns.getItems().get(1);
        assertTrue(graph.getWidth() > 0.7 * 1024, "the graph keeps most of the width: " + graph.getWidth());
        assertEquals(0, robot.lookup(".as-run-panel").queryAll().size(), "a 700 px window hides the empty run panel");

        robot.interact(viewModel::runStarted);
        assertEquals(1, robot.lookup(".as-run-panel").queryAll().size(), "a run shows the run panel");

        resize(robot, 1200, 760);
        assertTrue(columns.getItems().contains(window.details()), "wide again: the details are back");
        assertEquals(List.of(columns.getItems().get(0), graph, window.details()), List.copyOf(columns.getItems()));
    }

    @Test
    void aNarrowWindowsStatusBarShortensThePathNotTheCounts(FxRobot robot) throws Exception {
        robot.interact(() -> {
            viewModel.projectOpened(
                    Path.of("/work/tmp/home-ux/.asset-studio/examples/a-long-directory-name/cereal-assets.jar"), 26);
            viewModel.runFinished("Succeeded");
            window.addStatusBarItem(new Label("Automation: this studio runs the daemon"));
            window.addStatusBarItem(new Label("Runs on cluster 'local'"));
        });
        resize(robot, 1024, 700);
        for (String id : List.of("#status-assets", "#status-last-run")) {
            Label label = robot.lookup(id).queryAs(Label.class);
            javafx.scene.text.Text shown = (javafx.scene.text.Text) label.lookup(".text");
            assertEquals(label.getText(), shown.getText(), id + " cut off at " + label.getWidth() + " px");
        }
        assertEquals(
                "26 assets", robot.lookup("#status-assets").queryAs(Label.class).getText());
    }

    @Test
    void detailsShownByTheUserInANarrowWindowStay(FxRobot robot) throws Exception {
        var columns = split(robot, javafx.geometry.Orientation.HORIZONTAL);
        resize(robot, 1000, 760);
        assertFalse(columns.getItems().contains(window.details()));

        robot.clickOn("#action-toggle-details-button");
        assertTrue(columns.getItems().contains(window.details()), "the user's choice");
        resize(robot, 1050, 760);
        assertTrue(columns.getItems().contains(window.details()), "a resize does not overrule the user");
    }

    @Test
    void aDraggedColumnKeepsItsWidthThroughHidingAndResizes(FxRobot robot) throws Exception {
        var columns = split(robot, javafx.geometry.Orientation.HORIZONTAL);
        javafx.scene.layout.Region catalog =
                (javafx.scene.layout.Region) columns.getItems().get(0);
        double before = catalog.getWidth();
        javafx.scene.Node divider = robot.lookup(".split-pane-divider").queryAll().stream()
                .filter(d -> d.getParent() == columns
                        && Math.abs(d.localToScene(d.getBoundsInLocal()).getMinX() - before) < 12)
                .findFirst()
                .orElseThrow();
        robot.drag(divider).moveBy(70, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        double dragged = catalog.getWidth();
        assertEquals(before + 70, dragged, 6, "the catalog was dragged wider");

        resize(robot, 1120, 760);
        assertEquals(dragged, catalog.getWidth(), 2, "a smaller window keeps the width the user gave it");

        robot.clickOn("#action-toggle-catalog-button");
        assertFalse(columns.getItems().contains(catalog));
        resize(robot, 1180, 760);
        robot.clickOn("#action-toggle-catalog-button");
        assertTrue(columns.getItems().contains(catalog));
        assertEquals(dragged, catalog.getWidth(), 2, "back at the width the user gave it");
    }

    @Test
    void sideColumnsFollowTheWindowUntilDragged(FxRobot robot) throws Exception {
        var columns = split(robot, javafx.geometry.Orientation.HORIZONTAL);
        javafx.scene.layout.Region catalog =
                (javafx.scene.layout.Region) columns.getItems().get(0);
        javafx.scene.layout.Region details = window.details();
        javafx.scene.layout.Region graph =
                (javafx.scene.layout.Region) columns.getItems().get(1);
        double wideCatalog = catalog.getWidth();
        double wideDetails = details.getWidth();
        assertTrue(
                graph.getWidth() > 0.55 * scene.getWidth(),
                "at 1200 px the graph keeps most of the width: " + graph.getWidth());
        resize(robot, 1110, 760);
        assertTrue(details.getWidth() < wideDetails - 10, "a smaller window, narrower details: " + details.getWidth());
        assertTrue(catalog.getWidth() <= wideCatalog + 1, "and a catalog no wider: " + catalog.getWidth());
    }
}
