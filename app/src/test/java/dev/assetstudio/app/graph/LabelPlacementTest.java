package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.graph.layout.Rect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Name labels of small cards: on the card where free, else beside it, never over another label, always in view. */
class LabelPlacementTest {

    private static final double W = 120;
    private static final double H = 19;

    @Test
    void aFreeCardGetsItsLabelOnIt() {
        Rect card = new Rect(300, 200, 40, 10);
        Rect label = LabelPlacement.place(card, W, H, 1000, 600, List.of());
        assertNotNull(label);
        assertEquals(card.centerX(), label.centerX(), 1e-9, "centred on the card");
        assertTrue(label.intersects(card));
    }

    @Test
    void crowdedCardsTakeThePlacesAroundThem() {
        // Nine small cards in a row, 45 px apart, with labels 120 px wide: on the cards alone one in three would fit.
        List<Rect> placed = new ArrayList<>();
        int onCard = 0;
        for (int i = 0; i < 9; i++) {
            Rect card = new Rect(100 + i * 45, 300, 30, 8);
            Rect label = LabelPlacement.place(card, W, H, 1000, 600, placed);
            assertNotNull(label, "card " + i);
            assertFalse(LabelPlacement.overlapsAny(label, placed), "no label covers another");
            assertTrue(gap(label, card) <= LabelPlacement.GAP + 10, "next to its own card: " + label);
            onCard += label.intersects(card) ? 1 : 0;
            placed.add(label);
        }
        assertEquals(9, placed.size(), "every card's name: on it, below or above it");
        assertEquals(3, onCard, "a third on their cards");
    }

    /** The distance between two rectangles (0 if they meet). */
    private static double gap(Rect a, Rect b) {
        double dx = Math.max(0, Math.max(a.x() - b.maxX(), b.x() - a.maxX()));
        double dy = Math.max(0, Math.max(a.y() - b.maxY(), b.y() - a.maxY()));
        return Math.hypot(dx, dy);
    }

    @Test
    void labelsStayInTheViewAndGiveUpWhenEveryPlaceIsTaken() {
        Rect atTheEdge = new Rect(990, 590, 8, 8);
        Rect label = LabelPlacement.place(atTheEdge, W, H, 1000, 600, List.of());
        assertNotNull(label);
        assertTrue(label.maxX() <= 1000 && label.maxY() <= 600 && label.x() >= 0 && label.y() >= 0, label.toString());

        List<Rect> everywhere = List.of(new Rect(0, 0, 1000, 600));
        assertNull(LabelPlacement.place(new Rect(500, 300, 30, 8), W, H, 1000, 600, everywhere));
    }
}
