package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.LayoutKind;
import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph's logic on the cereal example, without a window (layouts run synchronously). */
class GraphViewModelTest {

    @TempDir
    Path home;

    private Project project;
    private StudioSession session;
    private GraphViewModel viewModel;

    @BeforeEach
    void open() {
        project = TestProjects.openCereal(home);
        session = new StudioSession(BackgroundTasks.synchronous(), Runnable::run);
        session.setProject(project);
        viewModel = new GraphViewModel(session, new Materializer(session));
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void everyAssetHasACardInsideItsGroupBox() {
        GraphModel model = viewModel.model();
        assertNotNull(model);
        assertEquals(project.assetKeys().size(), model.nodes().size());
        for (AssetKey key : project.assetKeys()) {
            String id = model.idOf(key);
            assertNotNull(id, "card for " + key);
            GroupBox box = model.layout().groups().get(project.asset(key).group());
            assertTrue(box.bounds().contains(model.rectOf(id)), key + " inside its group box");
        }
        assertEquals(project.groups().keySet(), model.layout().groups().keySet());
        int edges =
                project.assets().stream().mapToInt(a -> a.upstreamKeys().size()).sum();
        assertEquals(edges, model.edgeCount());
        assertTrue(model.nodes().stream().anyMatch(NodeItem::source), "sources are cards too");
    }

    @Test
    void aPlacedCardStaysWhereItWasPutUntilReLayout() {
        AssetKey key = Cereal.deepAsset(project);
        String id = key.toString();
        viewModel.moveNode(id, 1234, 567);
        viewModel.savePlacements();
        assertEquals(
                new Rect(1234, 567, viewModel.model().rectOf(id).width(), GraphInput.NODE_HEIGHT),
                viewModel.model().rectOf(id));
        assertTrue(Files.isRegularFile(PlacementStore.of(project).file()));

        var reopened = new GraphViewModel(session, new Materializer(session));
        assertEquals(new Point(1234, 567), reopened.placements().get(id));
        assertEquals(1234, reopened.model().rectOf(id).x());
        GroupBox box = reopened.model().layout().groups().get(project.asset(key).group());
        assertTrue(box.bounds().contains(reopened.model().rectOf(id)), "the group box follows the card");

        reopened.relayout();
        assertTrue(reopened.placements().isEmpty());
        assertTrue(new GraphViewModel(session, new Materializer(session))
                .placements()
                .isEmpty());
        assertFalse(reopened.model().rectOf(id).x() == 1234);
    }

    @Test
    void undoTakesBackADragThenARelayoutOneAtATime() {
        String id = Cereal.deepAsset(project).toString();
        assertFalse(viewModel.canUndoProperty().get());

        // one drag = many moves, one edit
        viewModel.moveNode(id, 100, 100);
        viewModel.moveNode(id, 200, 150);
        viewModel.savePlacements();
        viewModel.moveNode(id, 300, 300);
        viewModel.savePlacements();
        viewModel.relayout();
        assertTrue(viewModel.placements().isEmpty());
        assertTrue(viewModel.canUndoProperty().get());

        viewModel.undo(); // the re-layout
        assertEquals(new Point(300, 300), viewModel.placements().get(id));
        assertEquals(300, viewModel.model().rectOf(id).x());
        viewModel.undo(); // the second drag
        assertEquals(new Point(200, 150), viewModel.placements().get(id));
        viewModel.undo(); // the first drag
        assertTrue(viewModel.placements().isEmpty());
        assertFalse(viewModel.canUndoProperty().get());
        // what undo restored is what the next open sees
        assertTrue(new GraphViewModel(session, new Materializer(session))
                .placements()
                .isEmpty());
    }

    @Test
    void placementsAreKeptPerLayoutKind() {
        viewModel.moveNode(Cereal.deepAsset(project).toString(), 10, 10);
        viewModel.savePlacements();
        viewModel.setLayoutKind(LayoutKind.CIRCULAR);
        assertTrue(viewModel.placements().isEmpty());
        assertEquals(LayoutKind.CIRCULAR, viewModel.model().kind());
        viewModel.setLayoutKind(LayoutKind.LAYERED);
        assertEquals(1, viewModel.placements().size());
    }

    @Test
    void aCollapsedGroupIsOneCard() {
        String group = project.groups().entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .findFirst()
                .orElseThrow()
                .getKey();
        List<AssetKey> members = project.groups().get(group);
        viewModel.toggleCollapsed(group);
        GraphModel model = viewModel.model();
        NodeItem card = model.item(NodeItem.groupNodeId(group));
        assertNotNull(card);
        assertEquals(members.size(), card.memberCount());
        assertEquals(
                project.assetKeys().size() - members.size() + 1, model.nodes().size());
        members.forEach(k -> assertNull(model.idOf(k)));
        assertTrue(model.groupBoxes().stream().noneMatch(b -> b.group().equals(group)));
        assertTrue(
                model.layout().edges().stream().anyMatch(e -> e.from().equals(card.id()) || e.to().equals(card.id())),
                "edges are re-routed to the group's card");
        assertEquals(GraphModel.ViewportHint.ANCHOR, model.hint());

        viewModel.toggleCollapsed(group);
        assertEquals(project.assetKeys().size(), viewModel.model().nodes().size());
    }

    @Test
    void highlightIsTheEnginesUpstreamAndDownstream() {
        AssetKey key = Cereal.deepAsset(project);
        session.select(key);
        Highlight highlight = viewModel.highlight();
        assertEquals(project.graph().allUpstream(Set.of(key)), highlight.upstream());
        assertEquals(project.graph().allDownstream(Set.of(key)), highlight.downstream());
        AssetKey unrelated = project.assetKeys().stream()
                .filter(k -> !highlight.upstream().contains(k)
                        && !highlight.downstream().contains(k))
                .findFirst()
                .orElseThrow();
        assertFalse(highlight.lit(unrelated));
        session.clearSelection();
        assertFalse(viewModel.highlight().active());
    }

    @Test
    void showOnlyUpstreamFiltersTheView() {
        AssetKey key = Cereal.deepAsset(project);
        viewModel.showOnly(key, GraphViewModel.Direction.UPSTREAM);
        Set<AssetKey> shown =
                viewModel.model().nodes().stream().map(NodeItem::key).collect(Collectors.toSet());
        assertEquals(project.graph().allUpstream(Set.of(key)), shown);
        viewModel.showAll();
        assertNull(viewModel.filterProperty().get());
        assertEquals(project.assetKeys().size(), viewModel.model().nodes().size());
    }

    @Test
    void closingTheProjectClearsTheGraph() {
        session.setProject(null);
        assertNull(viewModel.model());
    }
}
