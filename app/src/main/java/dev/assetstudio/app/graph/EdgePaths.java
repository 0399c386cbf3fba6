package dev.assetstudio.app.graph;

import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.app.graph.layout.Rect;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * Adds edge routes to the canvas's current path, only the pieces that show. A long edge's box meets the view far more
 * often than the edge does (routes around folded rows run the drawing's whole length), and edges that share a route
 * (a group box's long edges share their bends) would put the same curve into the path again and again: a segment
 * outside the view, or one already in the path, is left out. The path is stroked in one go, so a segment drawn once
 * looks exactly as one drawn ten times.
 */
final class EdgePaths {

    static final double ARROW_LENGTH = 8;
    static final double ARROW_HALF_WIDTH = 4.2;

    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private final SegmentSet inPath = new SegmentSet();
    /** Segments of the edges offered since {@link #begin}, and those that went into a path. */
    private int offered;

    private int added;

    /** Starts a frame showing {@code visible}; {@code margin} is how far a line reaches past its centre. */
    void begin(Rect visible, double margin) {
        minX = visible.x() - margin;
        minY = visible.y() - margin;
        maxX = visible.maxX() + margin;
        maxY = visible.maxY() + margin;
        offered = 0;
        added = 0;
        inPath.clear();
    }

    /** A new path: what the last one held is drawn, so nothing counts as already there. */
    void newPath() {
        inPath.clear();
    }

    /** Segments of the edges offered this frame (what drawing each visible edge whole would cost). */
    int offered() {
        return offered;
    }

    /** Segments that went into a path this frame. */
    int added() {
        return added;
    }

    /**
     * Adds a smooth curve through the route's points (Catmull-Rom turned into cubic Béziers); in the layered layout the
     * curve leaves and enters cards horizontally, like the layers it crosses. With an arrow, the line stops at the
     * arrow's base so its cap does not poke through the tip.
     */
    void add(GraphicsContext g, List<Point> pts, boolean curved, boolean arrow) {
        int n = pts.size();
        if (n < 2) {
            return;
        }
        offered += n - 1;
        boolean penDown = false;
        for (int i = 0; i < n - 1; i++) {
            Point p1 = pts.get(i);
            Point p2 = pts.get(i + 1);
            double endX = p2.x();
            double endY = p2.y();
            boolean last = i == n - 2;
            if (!curved) {
                if (last && arrow) {
                    double[] dir = direction(pts, false);
                    endX -= dir[0] * ARROW_LENGTH * 0.6;
                    endY -= dir[1] * ARROW_LENGTH * 0.6;
                }
                if (!shows(p1.x(), p1.y(), endX, endY, endX, endY, endX, endY)
                        || !inPath.add(p1.x(), p1.y(), endX, endY, endX, endY, 0, 0)) {
                    penDown = false;
                    continue;
                }
                if (!penDown) {
                    g.moveTo(p1.x(), p1.y());
                }
                g.lineTo(endX, endY);
                penDown = true;
                added++;
                continue;
            }
            Point p0 = i == 0 ? mirrorHorizontally(p1, p2) : pts.get(i - 1);
            Point p3 = i + 2 < n ? pts.get(i + 2) : mirrorHorizontally(p2, p1);
            double c1x = p1.x() + (p2.x() - p0.x()) / 6;
            double c1y = p1.y() + (p2.y() - p0.y()) / 6;
            double c2x = p2.x() - (p3.x() - p1.x()) / 6;
            double c2y = p2.y() - (p3.y() - p1.y()) / 6;
            if (last && arrow) {
                endX -= direction(pts, true)[0] * ARROW_LENGTH * 0.6;
            }
            // The curve lies inside the hull of its four points: if their box misses the view, so does the curve.
            if (!shows(p1.x(), p1.y(), c1x, c1y, c2x, c2y, endX, endY)
                    || !inPath.add(p1.x(), p1.y(), c1x, c1y, c2x, c2y, endX, endY)) {
                penDown = false;
                continue;
            }
            if (!penDown) {
                g.moveTo(p1.x(), p1.y());
            }
            g.bezierCurveTo(c1x, c1y, c2x, c2y, endX, endY);
            penDown = true;
            added++;
        }
    }

    /** Adds the arrowhead at the route's end, if it shows. */
    void addArrow(GraphicsContext g, List<Point> pts, boolean curved) {
        if (pts.size() < 2) {
            return;
        }
        Point end = pts.get(pts.size() - 1);
        double x = end.x();
        double y = end.y();
        if (!shows(x - ARROW_LENGTH, y - ARROW_LENGTH, x + ARROW_LENGTH, y + ARROW_LENGTH, x, y, x, y)) {
            return;
        }
        double[] dir = direction(pts, curved);
        double bx = end.x() - dir[0] * ARROW_LENGTH;
        double by = end.y() - dir[1] * ARROW_LENGTH;
        g.moveTo(end.x(), end.y());
        g.lineTo(bx - dir[1] * ARROW_HALF_WIDTH, by + dir[0] * ARROW_HALF_WIDTH);
        g.lineTo(bx + dir[1] * ARROW_HALF_WIDTH, by - dir[0] * ARROW_HALF_WIDTH);
        g.closePath();
    }

    /** Whether the box around four points meets the view. */
    private boolean shows(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        double x0 = Math.min(Math.min(ax, bx), Math.min(cx, dx));
        double x1 = Math.max(Math.max(ax, bx), Math.max(cx, dx));
        double y0 = Math.min(Math.min(ay, by), Math.min(cy, dy));
        double y1 = Math.max(Math.max(ay, by), Math.max(cy, dy));
        return x1 >= minX && x0 <= maxX && y1 >= minY && y0 <= maxY;
    }

    /** The unit direction in which the route arrives (horizontal for the layered layout's curves). */
    private static double[] direction(List<Point> pts, boolean curved) {
        Point end = pts.get(pts.size() - 1);
        Point before = pts.get(pts.size() - 2);
        if (curved) {
            return new double[] {end.x() >= before.x() ? 1 : -1, 0};
        }
        double dx = end.x() - before.x();
        double dy = end.y() - before.y();
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        return new double[] {dx / len, dy / len};
    }

    /** The point that makes the tangent at {@code at} horizontal, on the side away from {@code other}. */
    private static Point mirrorHorizontally(Point at, Point other) {
        return new Point(at.x() - (other.x() - at.x()), at.y());
    }

    /**
     * The segments in the current path, by a 64-bit hash of their points (open addressing, no boxing: a frame adds
     * thousands). Two different segments with one hash would lose one of them; at 64 bits that does not happen.
     */
    private static final class SegmentSet {
        private long[] slots = new long[1024];
        private boolean[] used = new boolean[1024];
        private int size;

        void clear() {
            if (size > 0) {
                Arrays.fill(used, false);
                size = 0;
            }
        }

        /** Adds the segment; false if it was there already. */
        boolean add(double a, double b, double c, double d, double e, double f, double g, double h) {
            long hash = mix(mix(mix(mix(mix(mix(mix(mix(17, a), b), c), d), e), f), g), h);
            if (size * 2 >= slots.length) {
                grow();
            }
            return insert(hash);
        }

        private boolean insert(long hash) {
            int mask = slots.length - 1;
            int i = (int) (hash ^ (hash >>> 32)) & mask;
            while (used[i]) {
                if (slots[i] == hash) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            slots[i] = hash;
            size++;
            return true;
        }

        private void grow() {
            long[] oldSlots = slots;
            boolean[] oldUsed = used;
            slots = new long[oldSlots.length * 2];
            used = new boolean[oldSlots.length * 2];
            size = 0;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldUsed[i]) {
                    insert(oldSlots[i]);
                }
            }
        }

        private static long mix(long hash, double value) {
            long h = (hash ^ Double.doubleToLongBits(value)) * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }
}
