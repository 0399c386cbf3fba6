package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.status.AssetStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
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

/** The graph view on the cereal example in a (headless) window. */
@ExtendWith(ApplicationExtension.class)
class GraphViewTest {

    @TempDir
    static Path home;

    private GraphWindow window;
    private Project project;
    private StudioSession session;
    private GraphView view;

    @Start
    void start(Stage stage) {
        window = GraphWindow.show(stage, TestProjects.openCereal(home.resolve("h" + System.nanoTime())), 1100, 760);
        project = window.project();
        session = window.session();
        view = window.view();
    }

    @AfterEach
    void close() {
        window.close();
    }

    /** Waits for the first frame, then fits the whole graph (the first view is a readable zoom, not all of it). */
    private void awaitDrawn() throws Exception {
        window.awaitDrawn();
        WaitForAsyncUtils.asyncFx(() -> {
                    view.fitToView();
                    view.drawNow();
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private GraphModel model() {
        return view.viewModel().model();
    }

    /** The screen point at the centre of {@code key}'s card (nudged left, off the status dot). */
    private Point2D screenPointOf(AssetKey key) {
        Rect r = model().rectOf(model().idOf(key));
        return screenPoint(r.x() + r.width() * 0.4, r.centerY());
    }

    private Point2D screenPoint(double worldX, double worldY) {
        Viewport v = view.viewport();
        return view.localToScreen(v.toScreenX(worldX), v.toScreenY(worldY));
    }

    @Test
    void laysOutAndDrawsEveryAsset() throws Exception {
        awaitDrawn();
        assertEquals(project.assetKeys().size(), model().nodes().size());
        assertEquals(project.assetKeys().size(), view.lastStats().nodes(), "a fitted graph shows every card");
        assertTrue(view.lastStats().edges() > 0);
        assertEquals(project.groups().size(), view.lastStats().groups());
    }

    @Test
    void clickSelectsAndCtrlClickAdds(FxRobot robot) throws Exception {
        awaitDrawn();
        List<AssetKey> keys = project.assetKeys();
        AssetKey first = keys.get(0);
        AssetKey second = keys.get(keys.size() - 1);
        robot.clickOn(screenPointOf(first));
        assertEquals(first, session.focused());
        assertEquals(Set.of(first), session.selection());

        robot.press(KeyCode.CONTROL).clickOn(screenPointOf(second)).release(KeyCode.CONTROL);
        assertEquals(Set.of(first, second), session.selection());

        robot.type(KeyCode.ESCAPE);
        assertTrue(session.selection().isEmpty());
    }

    @Test
    void shiftDragSelectsWithARubberBand(FxRobot robot) throws Exception {
        awaitDrawn();
        GroupBox box = model().layout().groups().values().stream()
                .filter(b -> project.groups().get(b.group()).size() >= 2)
                .findFirst()
                .orElseThrow();
        Rect r = box.bounds();
        // From just outside the box's top-left corner to just outside its bottom-right one.
        Point2D from = screenPoint(r.x() + 2, r.y() + 2).subtract(4, 4);
        Point2D to = screenPoint(r.maxX() - 2, r.maxY() - 2).add(4, 4);
        robot.press(KeyCode.SHIFT).drag(from, MouseButton.PRIMARY).dropTo(to).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                session.selection().containsAll(project.groups().get(box.group())),
                session.selection() + " has every asset of " + box.group());
    }

    @Test
    void fitToViewMakesTheWholeGraphVisible(FxRobot robot) throws Exception {
        awaitDrawn();
        robot.interact(() -> {
            view.zoomIn();
            view.zoomIn();
            view.zoomIn();
        });
        double zoomed = view.viewport().scale();
        robot.clickOn(view).type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(zoomed, view.viewport().scale());
        Rect bounds = model().layout().bounds();
        Viewport v = view.viewport();
        assertTrue(v.toScreenX(bounds.x()) >= 0 && v.toScreenX(bounds.maxX()) <= view.getWidth());
        assertTrue(v.toScreenY(bounds.y()) >= 0 && v.toScreenY(bounds.maxY()) <= view.getHeight());
    }

    @Test
    void draggingACardPlacesIt(FxRobot robot) throws Exception {
        awaitDrawn();
        AssetKey key = Cereal.deepAsset(project);
        Rect before = model().rectOf(key.toString());
        Point2D from = screenPointOf(key);
        robot.drag(from, MouseButton.PRIMARY).moveBy(30, 40).moveBy(30, 40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Rect after = model().rectOf(key.toString());
        assertTrue(after.y() > before.y() + 20, before + " -> " + after);
        assertTrue(view.viewModel().placements().containsKey(key.toString()));
        // Written off the FX thread: the file has it once the write is done.
        FxWait.until(
                () -> new PlacementStore(PlacementStore.of(project).file())
                        .load(view.viewModel().layoutKindProperty().get())
                        .containsKey(key.toString()),
                "the placement of " + key + " is written");
    }

    @Test
    void rightClickMaterializeMakesTheAssetFresh(FxRobot robot) throws Exception {
        awaitDrawn();
        AssetKey key = Cereal.runnableAlone(project);
        robot.clickOn(screenPointOf(key), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup(".context-menu .menu-item")
                .match(n -> n.lookup(".label") instanceof Labeled l && "Materialize".equals(l.getText()))
                .query();
        robot.clickOn(item);
        FxWait.until(
                () -> {
                    AssetStatus status = session.statuses().get(key);
                    return status != null && status.state() == AssetStatus.State.FRESH;
                },
                () -> key + " is " + session.statuses().get(key) + "; notifications " + session.notifications());
        assertEquals(Set.of(key), session.selection(), "right-click selects the card");
    }

    @Test
    void collapsingAGroupDrawsOneCard(FxRobot robot) throws Exception {
        awaitDrawn();
        String group = project.groups().entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .findFirst()
                .orElseThrow()
                .getKey();
        robot.interact(() -> view.viewModel().toggleCollapsed(group));
        window.awaitModel(m -> m.item(NodeItem.groupNodeId(group)) != null);
        assertEquals(
                project.assetKeys().size() - project.groups().get(group).size() + 1,
                model().nodes().size());
        assertTrue(view.lastStats().nodes() > 0, "the view stays on the collapsed group");
    }
}
