package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.actions.AssetAction;
import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.catalog.CatalogView;
import dev.assetstudio.app.catalog.CatalogViewModel;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The catalog's and the graph's asset menus are made from one action model: same items, same enabled rules. */
@ExtendWith(ApplicationExtension.class)
class AssetContextMenusTest {

    @TempDir
    Path home;

    private final Preferences preferences = TestPreferences.fresh();
    private StudioSession session;
    private GraphView graph;
    private Project project;

    /** One line of a menu as the user sees it: which command, its text, whether it can be chosen. */
    record Line(String command, String text, boolean disabled) {}

    @Start
    void start(Stage stage) {
        project = TestProjects.openCereal(home.resolve("h" + System.nanoTime()));
        session = new StudioSession(BackgroundTasks.onThreadPool());
        var materializer = new Materializer(session);
        var actions = new AssetActions(session, materializer);
        var catalog = new CatalogView(new CatalogViewModel(session, materializer), session, actions);
        graph = new GraphView(new GraphViewModel(session, materializer), actions);
        var scene = new Scene(new SplitPane(catalog, graph), 1200, 760);
        new Theme(preferences).install(scene);
        stage.setScene(scene);
        stage.show();
        session.setProject(project);
    }

    @AfterEach
    void close() {
        project.close();
        TestPreferences.remove(preferences);
    }

    @Test
    void catalogAndGraphOfferTheSameCommandsWithTheSameRules(FxRobot robot) throws Exception {
        FxWait.until(graph::isDrawn, "the graph is drawn");
        AssetKey source = first(AssetDefinition::source);
        AssetKey checked = AssetKey.of("cereals");
        AssetKey unchecked = first(a -> !a.source() && a.checks().isEmpty());
        for (AssetKey key : List.of(source, checked, unchecked)) {
            List<Line> catalog = catalogMenu(robot, key);
            List<Line> graphMenu = graphMenu(robot, key);
            assertEquals(catalog, graphMenu, "the menus of " + key);
            assertEquals(AssetAction.values().length, catalog.size(), catalog.toString());
        }
        // The rules, as both menus showed them.
        List<Line> ofSource = catalogMenu(robot, source);
        for (AssetAction action : AssetAction.values()) {
            if (action.materializes()) {
                assertTrue(line(ofSource, action).disabled(), "a source cannot " + action + ": " + ofSource);
            }
        }
        assertFalse(line(ofSource, AssetAction.COPY_KEY).disabled());
        List<Line> ofChecked = graphMenu(robot, checked);
        assertFalse(line(ofChecked, AssetAction.MATERIALIZE).disabled());
        assertFalse(line(ofChecked, AssetAction.RUN_CHECKS).disabled(), "cereals has checks");
        assertTrue(line(graphMenu(robot, unchecked), AssetAction.RUN_CHECKS).disabled(), unchecked + " has none");
    }

    private AssetKey first(java.util.function.Predicate<AssetDefinition> which) {
        return project.assets().stream()
                .filter(which)
                .map(AssetDefinition::key)
                .sorted()
                .findFirst()
                .orElseThrow();
    }

    private static Line line(List<Line> menu, AssetAction action) {
        return menu.stream()
                .filter(l -> l.command().equals(action.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " in " + menu));
    }

    private List<Line> catalogMenu(FxRobot robot, AssetKey key) throws Exception {
        robot.interact(() -> session.select(key));
        TreeCell<?> cell = robot.lookup(".tree-cell")
                .match(n -> n instanceof TreeCell<?> c
                        && c.getAccessibleText() != null
                        && c.getAccessibleText().startsWith(key + ", "))
                .query();
        robot.clickOn(cell, MouseButton.SECONDARY);
        return shownMenu(robot, "catalog-");
    }

    private List<Line> graphMenu(FxRobot robot, AssetKey key) throws Exception {
        robot.interact(() -> {
            graph.jumpTo(key);
            graph.drawNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        GraphModel model = graph.viewModel().model();
        Rect r = model.rectOf(model.idOf(key));
        Viewport v = graph.viewport();
        Point2D at = graph.localToScreen(v.toScreenX(r.x() + r.width() * 0.4), v.toScreenY(r.centerY()));
        robot.clickOn(at, MouseButton.SECONDARY);
        return shownMenu(robot, "graph-");
    }

    /** The lines of the context menu now showing, its ids without {@code prefix}; then closes it. */
    private static List<Line> shownMenu(FxRobot robot, String prefix) throws Exception {
        FxWait.onFx(() -> showingMenu() != null, () -> "no context menu shows; windows " + Window.getWindows());
        List<Line> lines = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
                    ContextMenu menu = showingMenu();
                    for (MenuItem item : menu.getItems()) {
                        if (!(item instanceof SeparatorMenuItem)) {
                            assertTrue(item.getId().startsWith(prefix), item.getId());
                            lines.add(new Line(
                                    item.getId().substring(prefix.length()), item.getText(), item.isDisable()));
                        }
                    }
                    menu.hide();
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return lines;
    }

    private static ContextMenu showingMenu() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu m && m.isShowing())
                .map(ContextMenu.class::cast)
                .findFirst()
                .orElse(null);
    }
}
