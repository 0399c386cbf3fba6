package dev.assetstudio.app.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.assetstudio.app.graph.layout.fixtures.SyntheticGraphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The force-directed and circular layouts, which place node centers and draw straight edges. */
class PointLayoutsTest {

    private static final LayoutGraph GRAPH = SyntheticGraphs.layeredDag(300, 8, 5, 9);

    @ParameterizedTest
    @EnumSource(
            value = LayoutKind.class,
            names = {"FORCE_DIRECTED", "CIRCULAR"})
    void everyNodeGetsAFiniteDistinctPosition(LayoutKind kind) {
        GraphLayout layout =
                kind.algorithm().layout(GRAPH, LayoutOptions.defaults().withForceIterations(30));
        assertEquals(GRAPH.nodeCount(), layout.nodes().size());
        assertEquals(GRAPH.edgeCount(), layout.edges().size());
        Layouts.assertFiniteAndDistinct(layout);
        Layouts.assertGroupBoxesContainTheirNodes(layout);
        for (PlacedNode node : layout.nodes().values()) {
            assertEquals(true, layout.bounds().contains(node.bounds()), node.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = LayoutKind.class,
            names = {"FORCE_DIRECTED", "CIRCULAR"})
    void sameSeedSameLayout(LayoutKind kind) {
        LayoutOptions options = LayoutOptions.defaults().withForceIterations(30).withSeed(123);
        assertEquals(kind.algorithm().layout(GRAPH, options), kind.algorithm().layout(GRAPH, options));
    }

    @ParameterizedTest
    @EnumSource(
            value = LayoutKind.class,
            names = {"FORCE_DIRECTED"})
    void otherSeedOtherLayout(LayoutKind kind) {
        LayoutOptions options = LayoutOptions.defaults().withForceIterations(30);
        assertNotEquals(
                kind.algorithm().layout(GRAPH, options.withSeed(1)),
                kind.algorithm().layout(GRAPH, options.withSeed(2)));
    }

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void circularNodesDoNotOverlapAndEveryKindHandlesTinyGraphs(LayoutKind kind) {
        LayoutGraph tiny = Layouts.graph("a->b", "b->c", "x:d");
        GraphLayout layout = kind.algorithm().layout(tiny, LayoutOptions.defaults());
        Layouts.assertFiniteAndDistinct(layout);
        if (kind == LayoutKind.CIRCULAR) {
            Layouts.assertNoNodeOverlaps(kind.algorithm().layout(GRAPH, LayoutOptions.defaults()));
        }
    }
}
