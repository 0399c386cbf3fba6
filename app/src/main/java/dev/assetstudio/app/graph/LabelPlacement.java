package dev.assetstudio.app.graph;

import dev.assetstudio.app.graph.layout.Rect;
import java.util.List;

/**
 * Where a name label of a fixed screen size goes for a card too small to hold its name: on the card if it covers no
 * label placed before it, else just below, above, right or left of the card, the first of those that is free. Each
 * stays in the view (a card at the edge still shows its whole name). In a crowded overview the second places are what
 * let most groups keep a legible name instead of a third of them.
 */
final class LabelPlacement {

    /** Free space kept between two labels, so neighbours do not read as one. */
    static final double GAP = 2;

    private LabelPlacement() {}

    /**
     * The label's screen rectangle, or null if every place is taken.
     *
     * @param card the card on screen
     * @param w the label's width
     * @param h the label's height
     * @param viewWidth the view's width
     * @param viewHeight the view's height
     * @param placed the labels placed so far
     */
    static Rect place(Rect card, double w, double h, double viewWidth, double viewHeight, List<Rect> placed) {
        double cx = card.centerX();
        double cy = card.centerY();
        double onCardY = card.y() + Math.min(8, card.height() / 2) - h / 2;
        // Below and above clear both the card and the label on it: rows of small cards get three lines of labels.
        double belowY = Math.max(card.maxY(), onCardY + h) + GAP;
        double aboveY = Math.min(card.y(), onCardY) - h - GAP;
        double[][] candidates = {
            {cx - w / 2, onCardY},
            {cx - w / 2, belowY},
            {cx - w / 2, aboveY},
            {card.maxX() + 2 * GAP, cy - h / 2},
            {card.x() - w - 2 * GAP, cy - h / 2},
        };
        for (double[] at : candidates) {
            double x = Math.max(4, Math.min(viewWidth - w - 4, at[0]));
            double y = Math.max(4, Math.min(viewHeight - h - 4, at[1]));
            Rect label = new Rect(x, y, w, h);
            if (!overlapsAny(label, placed)) {
                return label;
            }
        }
        return null;
    }

    /** Whether {@code r}, with {@link #GAP} around it, meets any of {@code placed}. */
    static boolean overlapsAny(Rect r, List<Rect> placed) {
        Rect grown = new Rect(r.x() - GAP / 2, r.y() - GAP / 2, r.width() + GAP, r.height() + GAP);
        for (Rect p : placed) {
            if (p.intersects(grown)) {
                return true;
            }
        }
        return false;
    }
}
