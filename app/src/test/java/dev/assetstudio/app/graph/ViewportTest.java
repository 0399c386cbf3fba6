package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.graph.layout.Rect;
import org.junit.jupiter.api.Test;

class ViewportTest {

    private static final Rect GRAPH = new Rect(0, 0, 2000, 600);

    @Test
    void aSmallGraphIsFittedWhole() {
        var v = new Viewport();
        v.fitReadable(new Rect(0, 0, 400, 200), null, 800, 600, 0.8);
        assertEquals(1, v.scale(), 1e-9, "never above 100 %");
    }

    @Test
    void aBigGraphOpensReadableAtItsStart() {
        var v = new Viewport();
        v.fitReadable(GRAPH, null, 800, 600, 0.8);
        assertEquals(0.8, v.scale(), 1e-9);
        assertEquals(Viewport.FIT_MARGIN, v.toScreenX(GRAPH.x()), 1e-9, "the left edge at the margin");
    }

    @Test
    void aBigGraphOpensCentredOnTheFocus() {
        var v = new Viewport();
        Rect focus = new Rect(1000, 300, 200, 56);
        v.fitReadable(GRAPH, focus, 800, 600, 0.8);
        assertEquals(400, v.toScreenX(focus.centerX()), 1e-9);
    }

    @Test
    void theFocusNearAnEdgeDoesNotScrollPastTheGraph() {
        var v = new Viewport();
        Rect focus = new Rect(1900, 10, 100, 56);
        v.fitReadable(GRAPH, focus, 800, 600, 0.8);
        assertEquals(800 - Viewport.FIT_MARGIN, v.toScreenX(GRAPH.maxX()), 1e-9);
        assertTrue(v.toScreenX(focus.maxX()) <= 800);
    }
}
