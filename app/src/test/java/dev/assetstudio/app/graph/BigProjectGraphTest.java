package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.testing.BigProjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A 360-asset project in 12 groups: it opens as its group overview, and every way of reaching an asset works. */
@ExtendWith(ApplicationExtension.class)
class BigProjectGraphTest {

    private static final int GROUPS = 12;
    private static final int PER_GROUP = 30;

    @TempDir
    static Path dir;

    private static Path jar;

    private GraphWindow window;
    private Project project;
    private StudioSession session;
    private GraphView view;

    @BeforeAll
    static void buildJar() throws Exception {
        jar = BigProjects.jar(dir.resolve("jars"), GROUPS, PER_GROUP);
    }

    @Start
    void start(Stage stage) {
        window = GraphWindow.show(
                stage,
                Project.open(
                        jar,
                        ProjectOptions.builder()
                                .home(dir.resolve("h" + System.nanoTime()))
                                .build()),
                1100,
                760);
        project = window.project();
        session = window.session();
        view = window.view();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private GraphModel model() {
        return view.viewModel().model();
    }

    private Point2D screenPoint(double worldX, double worldY) {
        Viewport v = view.viewport();
        return view.localToScreen(v.toScreenX(worldX), v.toScreenY(worldY));
    }

    private Point2D centreOfGroupCard(String group) {
        Rect r = model().rectOf(NodeItem.groupNodeId(group));
        return screenPoint(r.x() + r.width() * 0.3, r.y() + r.height() * 0.3);
    }

    private static AssetKey key(int g, int j) {
        return AssetKey.parse(BigProjects.key(g, j));
    }

    @Test
    void opensAsTheGroupOverviewFittedToTheWindow() throws Exception {
        window.awaitDrawn();
        assertTrue(model().isOverview(), "every card is a group");
        assertEquals(GROUPS, model().nodes().size());
        assertEquals(GROUPS, view.lastStats().nodes(), "every group card is on screen");
        Rect bounds = model().layout().bounds();
        Viewport v = view.viewport();
        assertTrue(v.toScreenX(bounds.x()) >= 0 && v.toScreenX(bounds.maxX()) <= view.getWidth());
        assertTrue(v.toScreenY(bounds.y()) >= 0 && v.toScreenY(bounds.maxY()) <= view.getHeight());
        // g0 → g1 stands for the five dependencies g1_model_5, 10, 15, 20 and 25 have on g0.
        int weightG0G1 = -1;
        for (int e = 0; e < model().edgeCount(); e++) {
            if (model().edgeFrom(e).group().equals("g0")
                    && model().edgeTo(e).group().equals("g1")) {
                weightG0G1 = model().edgeWeight(e);
            }
        }
        assertEquals(5, weightG0G1);
        assertEquals(PER_GROUP, model().item(NodeItem.groupNodeId("g3")).memberCount());
    }

    @Test
    void doubleClickAndEnterExpandAGroupInPlaceAndCollapseAllGoesBack(FxRobot robot) throws Exception {
        window.awaitDrawn();
        Point2D before = centreOfGroupCard("g3");
        robot.doubleClickOn(centreOfGroupCard("g3"));
        window.awaitModel(m -> m.idOf(key(3, 4)) != null);
        assertEquals(GROUPS - 1 + PER_GROUP, model().nodes().size(), "g3's assets, the other groups as cards");
        Rect box = model().layout().groups().get("g3").bounds();
        Point2D boxCorner = screenPoint(box.x(), box.y());
        assertTrue(
                boxCorner.distance(before) < 400, "the group opens where its card was: " + boxCorner + " vs " + before);
        // Far out, the asset edges give way, but the links between group cards stay drawn.
        GraphRenderer.Stats farOut = WaitForAsyncUtils.asyncFx(() -> {
                    view.fitToView();
                    double scale = view.viewport().scale();
                    view.viewport()
                            .zoomAt(GraphRenderer.PLAIN_SCALE / 2 / scale, view.getWidth() / 2, view.getHeight() / 2);
                    return view.drawNow();
                })
                .get(10, TimeUnit.SECONDS);
        long groupLinks = java.util.stream.IntStream.range(0, model().edgeCount())
                .filter(e -> model().edgeFrom(e).isGroup() && model().edgeTo(e).isGroup())
                .count();
        assertTrue(groupLinks > 0);
        assertEquals(groupLinks, farOut.edges(), "every link between group cards is drawn far out, no asset edge");

        robot.interact(() -> view.viewModel().collapseAll());
        window.awaitModel(GraphModel::isOverview);

        robot.clickOn(centreOfGroupCard("g5"));
        assertEquals("g5", view.focusedGroup());
        robot.type(KeyCode.ENTER);
        window.awaitModel(m -> m.idOf(key(5, 2)) != null);

        robot.interact(() -> view.viewModel().expandAll());
        window.awaitModel(m -> m.nodes().size() == GROUPS * PER_GROUP);
        assertTrue(model().collapsed().isEmpty());
    }

    @Test
    void farOutGroupNamesGoOnLabelsOnOrBesideTheirCardsThatCoverNoOther(FxRobot robot) throws Exception {
        window.awaitDrawn();
        // Far out (cards 12 px high): names no longer fit inside the cards, they go on labels; on the cards alone the
        // labels would cover each other.
        var labels = WaitForAsyncUtils.asyncFx(() -> {
                    double cardHeight =
                            GraphInput.GROUP_CARD_HEIGHT * view.viewport().scale();
                    view.viewport().zoomAt(12 / cardHeight, view.getWidth() / 2, view.getHeight() / 2);
                    view.drawNow();
                    return new java.util.LinkedHashMap<>(view.renderer().cardLabels());
                })
                .get(10, TimeUnit.SECONDS);
        assertTrue(labels.size() > GROUPS / 2, "most group cards are named: " + labels.values());
        var rects = List.copyOf(labels.keySet());
        Viewport v = view.viewport();
        int beside = 0;
        for (int i = 0; i < rects.size(); i++) {
            Rect label = rects.get(i);
            assertTrue(label.x() >= 0 && label.maxX() <= view.getWidth(), "in view: " + label);
            for (int j = i + 1; j < rects.size(); j++) {
                assertFalse(label.intersects(rects.get(j)), label + " covers " + rects.get(j));
            }
            Rect card = model().rectOf(labels.get(label));
            double cx = v.toScreenX(card.centerX());
            double cy = v.toScreenY(card.centerY());
            double reach = Math.max(label.width(), label.height()) + 10;
            assertTrue(
                    Math.abs(label.centerX() - cx) <= reach && Math.abs(label.centerY() - cy) <= reach,
                    "next to its card: " + label + " for " + labels.get(label));
            Rect onScreen = new Rect(
                    v.toScreenX(card.x()), v.toScreenY(card.y()), card.width() * v.scale(), card.height() * v.scale());
            beside += label.intersects(onScreen) ? 0 : 1;
        }
        assertTrue(beside > 0, "where a card's own place is taken, its name goes beside it");
    }

    @Test
    void farOutADoubleClickOnAGroupsNameLabelOpensIt(FxRobot robot) throws Exception {
        window.awaitDrawn();
        // Zoomed out until a group card is a sliver: its name is drawn on a label that hangs below the card.
        String[] labelled = new String[1];
        Point2D[] onLabel = new Point2D[1];
        WaitForAsyncUtils.asyncFx(() -> {
                    double cardHeight =
                            GraphInput.GROUP_CARD_HEIGHT * view.viewport().scale();
                    view.viewport().zoomAt(6 / cardHeight, view.getWidth() / 2, view.getHeight() / 2);
                    view.drawNow();
                    for (NodeItem item : model().nodes()) {
                        Rect r = model().rectOf(item.id());
                        Viewport v = view.viewport();
                        double x = v.toScreenX(r.centerX());
                        double y = v.toScreenY(r.maxY()) + 5; // below the card, on its label
                        if (item.id().equals(view.renderer().labelAt(x, y))) {
                            labelled[0] = item.group();
                            onLabel[0] = view.localToScreen(x, y);
                            return null;
                        }
                    }
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
        assertTrue(labelled[0] != null, "some group's label is drawn below its card");
        assertEquals(
                null,
                HitTester.nodeAt(
                        model(),
                        view.viewport().toWorldX(view.screenToLocal(onLabel[0]).getX()),
                        view.viewport().toWorldY(view.screenToLocal(onLabel[0]).getY())),
                "the point is off the card itself");

        robot.doubleClickOn(onLabel[0]);
        String group = labelled[0];
        window.awaitModel(m -> !m.collapsed().contains(group));
        assertFalse(model().isOverview(), group + " opened");
    }

    @Test
    void selectingAnAssetElsewhereOpensItsGroupAndCentresOnIt(FxRobot robot) throws Exception {
        window.awaitDrawn();
        AssetKey target = key(7, 20);
        robot.interact(() -> session.select(target));
        window.awaitModel(m -> m.idOf(target) != null);
        WaitForAsyncUtils.waitForFxEvents();
        Rect r = model().rectOf(model().idOf(target));
        Viewport v = view.viewport();
        assertEquals(view.getWidth() / 2, v.toScreenX(r.centerX()), 2, "centred horizontally");
        assertEquals(view.getHeight() / 2, v.toScreenY(r.centerY()), 2, "centred vertically");
        assertTrue(v.scale() >= GraphRenderer.TEXT_SCALE, "at a zoom where its card is readable: " + v.scale());
        assertTrue(model().collapsed().contains("g6"), "only its own group opened");
    }

    @Test
    void findInGraphJumpsHighlightsAndBackReturns(FxRobot robot) throws Exception {
        window.awaitDrawn();
        double overviewScale = view.viewport().scale();
        robot.clickOn("#graph-find").write("g4_model_17").type(KeyCode.ENTER);
        AssetKey target = key(4, 17);
        window.awaitModel(m -> m.idOf(target) != null);
        assertEquals(Set.of(target), session.selection(), "the found asset is selected (and lit)");
        assertEquals("1 of 1", robot.lookup("#graph-find-result").queryLabeled().getText());
        Rect r = model().rectOf(model().idOf(target));
        assertEquals(view.getWidth() / 2, view.viewport().toScreenX(r.centerX()), 2);
        assertTrue(robot.lookup("#graph-back").query().isVisible(), "Back is offered after a jump");

        robot.clickOn("#graph-back");
        window.awaitModel(GraphModel::isOverview);
        assertEquals(overviewScale, view.viewport().scale(), 1e-9, "back at the overview as it was");
        assertFalse(robot.lookup("#graph-back").query().isVisible());

        robot.clickOn("#graph-find").eraseText(20).write("no_such_asset").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#graph-find-result").queryLabeled().getText().startsWith("No asset"));
    }

    @Test
    void minimapShowsTheViewAndMovesIt(FxRobot robot) throws Exception {
        window.awaitDrawn();
        assertFalse(view.minimap().isVisible(), "the whole overview is on screen: no minimap needed");
        robot.interact(() -> view.viewModel().expandAll());
        window.awaitModel(m -> m.nodes().size() == GROUPS * PER_GROUP);
        robot.interact(() -> {
            view.viewport().set(1, 0, 0);
            view.drawNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Minimap map = view.minimap();
        assertTrue(map.isVisible(), "part of the graph is off screen");
        Rect bounds = model().layout().bounds();
        // A whole screen pixel, and the world point under it: a click lands on whole pixels, and one pixel of the
        // minimap can be a hundred of the world.
        Point2D onMap = map.localToScreen(
                map.toMapX(bounds.x() + bounds.width() * 0.75), map.toMapY(bounds.y() + bounds.height() * 0.6));
        onMap = new Point2D(Math.round(onMap.getX()), Math.round(onMap.getY()));
        Point2D local = map.screenToLocal(onMap);
        double worldX = map.toWorldX(local.getX());
        double worldY = map.toWorldY(local.getY());
        robot.clickOn(onMap);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = view.viewport();
        double tolerance = 1.5 / map.toMapX(1) - map.toMapX(0) < 0 ? 50 : 3 / (map.toMapX(1) - map.toMapX(0));
        assertEquals(worldX, v.toWorldX(view.getWidth() / 2), tolerance, "the view centres where the minimap was hit");
        assertEquals(worldY, v.toWorldY(view.getHeight() / 2), tolerance);
        robot.interact(view::drawNow);
        assertTrue(map.viewRect().getWidth() > 0);
        assertTrue(view.userMoved(), "a move by the minimap counts as the user's: a resize no longer refits");
    }

    @Test
    void hoveringACardShowsItsWholeKey(FxRobot robot) throws Exception {
        window.awaitDrawn();
        AssetKey target = key(2, 11);
        robot.interact(() -> session.select(target));
        window.awaitModel(m -> m.idOf(target) != null);
        Rect r = model().rectOf(model().idOf(target));
        robot.moveTo(screenPoint(r.x() + 20, r.centerY())).moveBy(2, 1);
        FxWait.until(() -> view.hoverCard().isVisible(), "the hover card shows");
        assertNotNull(view.hoverCard().getText());
        assertTrue(
                view.hoverCard().getText().startsWith(target.toString()),
                view.hoverCard().getText());
    }
}
