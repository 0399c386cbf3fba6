package dev.assetstudio.app.graph.layout;

import static dev.assetstudio.app.graph.layout.Layouts.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.graph.layout.fixtures.SyntheticGraphs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayeredLayoutTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.defaults();
    private static final LayoutGraph SYNTHETIC = SyntheticGraphs.layeredDag(1_000, 15, 8, 7);

    @Test
    void everyEdgeGoesFromALowerToAHigherLayer() {
        int[] layer = LayerAssignment.assign(SYNTHETIC);
        for (int e = 0; e < SYNTHETIC.edgeCount(); e++) {
            assertTrue(layer[SYNTHETIC.edgeSource(e)] < layer[SYNTHETIC.edgeTarget(e)], "edge " + e);
        }
    }

    @Test
    void layersAreDenseAndSourcesSitNextToTheirFirstConsumer() {
        // c is only needed by d, so it belongs on d's left, not in the first column.
        LayoutGraph g = graph("a->b", "b->d", "c->d");
        int[] layer = LayerAssignment.assign(g);
        assertEquals(0, layer[g.indexOf("a")]);
        assertEquals(1, layer[g.indexOf("b")]);
        assertEquals(1, layer[g.indexOf("c")]);
        assertEquals(2, layer[g.indexOf("d")]);
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void edgesFlowInTheOrientationAndNodesDoNotOverlap(Orientation orientation) {
        GraphLayout layout = new LayeredLayout().layout(SYNTHETIC, OPTIONS.withOrientation(orientation));
        assertEquals(SYNTHETIC.nodeCount(), layout.nodes().size());
        assertEquals(SYNTHETIC.edgeCount(), layout.edges().size());
        Layouts.assertNoNodeOverlaps(layout);
        for (EdgeRoute edge : layout.edges()) {
            Rect from = layout.node(edge.from()).bounds();
            Rect to = layout.node(edge.to()).bounds();
            if (orientation == Orientation.LEFT_TO_RIGHT) {
                assertTrue(from.maxX() < to.x(), edge.toString());
            } else {
                assertTrue(from.maxY() < to.y(), edge.toString());
            }
        }
        for (PlacedNode node : layout.nodes().values()) {
            assertTrue(layout.bounds().contains(node.bounds()));
        }
    }

    @Test
    void groupsAreContiguousWithinEveryLayer() {
        LayeredGraph layered = new LayeredGraph(SYNTHETIC, LayerAssignment.assign(SYNTHETIC));
        new CrossingReduction(layered).run(OPTIONS.crossingPasses());
        for (int[] layer : layered.layers) {
            Set<Integer> finished = new HashSet<>();
            for (int i = 0; i < layer.length; i++) {
                int group = layered.groupOf[layer[i]];
                assertFalse(finished.contains(group), "group " + layered.groupNames[group] + " split");
                if (i + 1 < layer.length && layered.groupOf[layer[i + 1]] != group) {
                    finished.add(group);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void groupBoxesContainTheirNodesAndDoNotOverlap(Orientation orientation) {
        GraphLayout layout = new LayeredLayout().layout(SYNTHETIC, OPTIONS.withOrientation(orientation));
        Layouts.assertGroupBoxesContainTheirNodes(layout);
        List<GroupBox> boxes = new ArrayList<>(layout.groups().values());
        assertEquals(8, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            GroupBox box = boxes.get(i);
            assertTrue(box.bounds().contains(box.label()));
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(box.bounds().intersects(boxes.get(j).bounds()), box + " overlaps " + boxes.get(j));
            }
        }
    }

    @Test
    void crossedLadderIsUncrossed() {
        // a_i -> b_(6-i) with the b's listed in order: every pair of edges crosses, 10 in all.
        LayoutGraph g = graph(
                "a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4", "b5", "a1->b5", "a2->b4", "a3->b3", "a4->b2",
                "a5->b1");
        LayeredGraph layered = new LayeredGraph(g, LayerAssignment.assign(g));
        assertEquals(10, CrossingCounter.count(layered));
        new CrossingReduction(layered).run(OPTIONS.crossingPasses());
        assertEquals(0, CrossingCounter.count(layered));
        assertEquals(0, LayoutMetrics.countCrossings(new LayeredLayout().layout(g, OPTIONS)));
    }

    @Test
    void crossedLadderOverThreeLayersIsUncrossed() {
        LayoutGraph g = graph("a1->b3", "a2->b2", "a3->b1", "b1->c2", "b2->c3", "b3->c1", "a1->c1");
        LayeredGraph layered = new LayeredGraph(g, LayerAssignment.assign(g));
        long before = CrossingCounter.count(layered);
        new CrossingReduction(layered).run(OPTIONS.crossingPasses());
        assertTrue(before > 0);
        assertEquals(0, CrossingCounter.count(layered));
        assertEquals(0, LayoutMetrics.countCrossings(new LayeredLayout().layout(g, OPTIONS)));
    }

    @Test
    void crossingReductionReducesCrossingsOfAGroupedGraph() {
        LayoutGraph g = SyntheticGraphs.layeredDag(300, 8, 4, 3);
        LayeredGraph layered = new LayeredGraph(g, LayerAssignment.assign(g));
        // Shuffle the input order so the starting point has many crossings.
        java.util.Random random = new java.util.Random(5);
        for (int[] layer : layered.layers) {
            for (int i = layer.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = layer[i];
                layer[i] = layer[j];
                layer[j] = t;
            }
        }
        for (int l = 0; l < layered.layerCount; l++) {
            layered.syncPositions(l);
        }
        long before = CrossingCounter.count(layered);
        new CrossingReduction(layered).run(OPTIONS.crossingPasses());
        long after = CrossingCounter.count(layered);
        assertTrue(after < before / 2, "before " + before + ", after " + after);
    }

    @Test
    void crossingCounterAgreesWithGeometry() {
        LayoutGraph g = SyntheticGraphs.layeredDag(120, 6, 3, 11);
        LayeredGraph layered = new LayeredGraph(g, LayerAssignment.assign(g));
        new CrossingReduction(layered).run(OPTIONS.crossingPasses());
        long counted = CrossingCounter.count(layered);
        // The group-lane layout draws exactly this layered graph (the compound one lays out groups apart).
        long drawn = LayoutMetrics.countCrossings(LayeredLayout.groupLanes().layout(g, OPTIONS));
        // Geometry can only lose crossings (segments meeting at a shared node or exactly collinear).
        assertTrue(drawn <= counted, "drawn " + drawn + " counted " + counted);
        assertTrue(drawn > 0);
    }

    @Test
    void longEdgesBendAtEachLayerTheyCross() {
        LayoutGraph g = graph("a->b", "b->c", "c->d", "a->d");
        GraphLayout layout = new LayeredLayout().layout(g, OPTIONS);
        EdgeRoute longEdge = layout.edges().get(3);
        assertEquals("a", longEdge.from());
        assertEquals("d", longEdge.to());
        // Start, end, and two points (entering and leaving the layer band) for each of b's and c's layers.
        assertEquals(6, longEdge.points().size());
        for (int i = 1; i < longEdge.points().size(); i++) {
            assertTrue(
                    longEdge.points().get(i).x() > longEdge.points().get(i - 1).x());
        }
        Rect a = layout.node("a").bounds();
        Rect d = layout.node("d").bounds();
        assertEquals(new Point(a.maxX(), a.centerY()), longEdge.points().get(0));
        assertEquals(new Point(d.x(), d.centerY()), longEdge.points().get(5));
        assertEquals(2, layout.edges().get(0).points().size());
    }

    @Test
    void cycleIsRefusedAndNamed() {
        LayoutGraph g = graph("x->a", "a->b", "b->c", "c->a");
        CycleException e = assertThrows(CycleException.class, () -> new LayeredLayout().layout(g, OPTIONS));
        assertEquals(List.of("c", "a", "b", "c"), e.cycle());
        assertTrue(e.getMessage().contains("c -> a -> b -> c"), e.getMessage());
    }

    @Test
    void selfLoopIsACycle() {
        CycleException e = assertThrows(CycleException.class, () -> new LayeredLayout().layout(graph("a->a"), OPTIONS));
        assertEquals(List.of("a", "a"), e.cycle());
    }

    @Test
    void emptyAndSingleNodeGraphs() {
        GraphLayout empty = new LayeredLayout().layout(LayoutGraph.builder().build(), OPTIONS);
        assertTrue(empty.nodes().isEmpty());
        GraphLayout single = new LayeredLayout().layout(graph("only"), OPTIONS);
        Layouts.assertGroupBoxesContainTheirNodes(single);
        assertTrue(single.bounds().contains(single.groups().get("g").bounds()));
    }

    @Test
    void tenThousandNodesLayOut() {
        LayoutGraph big = SyntheticGraphs.layeredDag(10_000, 40, 20, 1);
        GraphLayout layout = new LayeredLayout().layout(big, OPTIONS);
        assertEquals(10_000, layout.nodes().size());
        assertEquals(20, layout.groups().size());
        Layouts.assertNoNodeOverlaps(layout);
        Layouts.assertGroupBoxesContainTheirNodes(layout);
    }
}
