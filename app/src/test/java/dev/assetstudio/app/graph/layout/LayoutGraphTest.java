package dev.assetstudio.app.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LayoutGraphTest {

    @Test
    void indexesNodesAndMergesDuplicateEdges() {
        LayoutGraph g = LayoutGraph.builder()
                .node("a", "g1", 10, 20)
                .node("b", "g2", 30, 40)
                .edge("a", "b")
                .edge("a", "b")
                .build();
        assertEquals(2, g.nodeCount());
        assertEquals(1, g.edgeCount());
        assertEquals(1, g.indexOf("b"));
        assertEquals(-1, g.indexOf("zz"));
        assertEquals("g2", g.group(1));
        assertEquals(30, g.width(1));
        assertEquals(0, g.edgeSource(0));
        assertEquals(1, g.edgeTarget(0));
    }

    @Test
    void refusesBadInput() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LayoutGraph.builder().node("a", "g", 1, 1).node("a", "g", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> LayoutGraph.builder()
                .node("a", "g", 1, 1)
                .edge("a", "missing")
                .build());
        assertThrows(IllegalArgumentException.class, () -> LayoutGraph.builder().node("a", "g", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> LayoutGraph.builder().node("a", null, 1, 1));
    }
}
