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
    /** How round a right-angled turn of a route is (a folded row's bus), at most. */
    static final double CORNER_RADIUS = 14;

    /** Where a path's pieces go: the canvas's current path, or a test's record of them. */
    interface PathSink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void quadraticCurveTo(double cx, double cy, double x, double y);

        void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);
    }

    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private final SegmentSet inPath = new SegmentSet();
    /** Segments of the edges offered since {@link #begin}, and those that went into a path. */
    private int offered;

    private int added;
    /** The canvas {@link #sink} draws on: one adapter a canvas, not one an edge. */
    private GraphicsContext sinkContext;

    private PathSink sink;

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
     * curve leaves and enters cards horizontally, like the layers it crosses. Where the route turns a right angle
     * between a run along the layers and one across them (the bus a folded row's edges take to the next row: out past
     * the row's end, along the corridor between the rows, into the next row), it stays on those runs, straight, and
     * rounds the corner: a curve through such corners would swing wide around the row ends and into the rows. With an
     * arrow, the line stops at the arrow's base so its cap does not poke through the tip.
     */
    void add(GraphicsContext g, List<Point> pts, boolean curved, boolean arrow) {
        add(sinkOf(g), pts, curved, arrow);
    }

    /** As {@link #add(GraphicsContext, List, boolean, boolean)}, into {@code sink}. */
    void add(PathSink sink, List<Point> pts, boolean curved, boolean arrow) {
        int n = pts.size();
        if (n < 2) {
            return;
        }
        offered += n - 1;
        boolean penDown = false;
        // Right-angled corners at points i - 1 .. i + 2, rolled along (the bends of a curved edge are many).
        boolean cornerBefore = false;
        boolean cornerHere = false;
        boolean cornerNext = curved && corner(pts, 1);
        boolean cornerAfter = curved && corner(pts, 2);
        for (int i = 0; i < n - 1; i++) {
            if (i > 0) {
                cornerBefore = cornerHere;
                cornerHere = cornerNext;
                cornerNext = cornerAfter;
                cornerAfter = curved && corner(pts, i + 2);
            }
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
                    sink.moveTo(p1.x(), p1.y());
                }
                sink.lineTo(endX, endY);
                penDown = true;
                added++;
                continue;
            }
            if (cornerHere || cornerNext) {
                penDown = addStraight(sink, pts, i, last && arrow, penDown);
                continue;
            }
            // Next to a straight run, the curve meets it level, as it meets a card.
            Point p0 = i == 0 || cornerBefore ? mirrorHorizontally(p1, p2) : pts.get(i - 1);
            Point p3 = i + 2 < n && !cornerAfter ? pts.get(i + 2) : mirrorHorizontally(p2, p1);
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
                sink.moveTo(p1.x(), p1.y());
            }
            sink.bezierCurveTo(c1x, c1y, c2x, c2y, endX, endY);
            penDown = true;
            added++;
        }
    }

    /**
     * Adds segment {@code i}, a straight run that meets a right-angled corner: the line, cut short of the corners at
     * its ends, then the rounded corner at its end. Returns whether the pen is down after it.
     */
    private boolean addStraight(PathSink sink, List<Point> pts, int i, boolean arrow, boolean penDown) {
        Point p1 = pts.get(i);
        Point p2 = pts.get(i + 1);
        double length = Math.max(1e-9, Math.hypot(p2.x() - p1.x(), p2.y() - p1.y()));
        double ux = (p2.x() - p1.x()) / length;
        double uy = (p2.y() - p1.y()) / length;
        double startCut = corner(pts, i) ? radius(pts, i) : 0;
        double endCut = corner(pts, i + 1) ? radius(pts, i + 1) : arrow ? ARROW_LENGTH * 0.6 : 0;
        double sx = p1.x() + ux * startCut;
        double sy = p1.y() + uy * startCut;
        double ex = p2.x() - ux * endCut;
        double ey = p2.y() - uy * endCut;
        boolean any = false;
        if (shows(sx, sy, ex, ey, ex, ey, ex, ey) && inPath.add(sx, sy, ex, ey, ex, ey, 0, 0)) {
            if (!penDown) {
                sink.moveTo(sx, sy);
            }
            sink.lineTo(ex, ey);
            penDown = true;
            any = true;
        } else {
            penDown = false;
        }
        if (corner(pts, i + 1)) {
            Point p3 = pts.get(i + 2);
            double r = radius(pts, i + 1);
            double next = Math.max(1e-9, Math.hypot(p3.x() - p2.x(), p3.y() - p2.y()));
            double tx = p2.x() + (p3.x() - p2.x()) / next * r;
            double ty = p2.y() + (p3.y() - p2.y()) / next * r;
            // The last two numbers tell a corner from a line with the same three points.
            if (shows(ex, ey, p2.x(), p2.y(), tx, ty, tx, ty) && inPath.add(ex, ey, p2.x(), p2.y(), tx, ty, 1, 1)) {
                if (!penDown) {
                    sink.moveTo(ex, ey);
                }
                sink.quadraticCurveTo(p2.x(), p2.y(), tx, ty);
                penDown = true;
                any = true;
            } else {
                penDown = false;
            }
        }
        if (any) {
            added++;
        }
        return penDown;
    }

    /**
     * Whether the route turns a right angle at point {@code i}, from a run along the layers to one across them or back
     * (only a folded row's bus does: between layers a route always moves along).
     */
    static boolean corner(List<Point> pts, int i) {
        if (i <= 0 || i >= pts.size() - 1) {
            return false;
        }
        Point a = pts.get(i - 1);
        Point b = pts.get(i);
        Point c = pts.get(i + 1);
        boolean inAlong = level(a.y(), b.y()) && !level(a.x(), b.x());
        boolean inAcross = level(a.x(), b.x()) && !level(a.y(), b.y());
        boolean outAlong = level(b.y(), c.y()) && !level(b.x(), c.x());
        boolean outAcross = level(b.x(), c.x()) && !level(b.y(), c.y());
        return inAlong && outAcross || inAcross && outAlong;
    }

    private static boolean level(double a, double b) {
        return Math.abs(a - b) < 1e-6;
    }

    /** The radius of the rounded corner at point {@code i}: at most half of either run, so two corners never meet. */
    private static double radius(List<Point> pts, int i) {
        Point a = pts.get(i - 1);
        Point b = pts.get(i);
        Point c = pts.get(i + 1);
        double in = Math.hypot(b.x() - a.x(), b.y() - a.y());
        double out = Math.hypot(c.x() - b.x(), c.y() - b.y());
        return Math.min(CORNER_RADIUS, Math.min(in, out) / 2);
    }

    private PathSink sinkOf(GraphicsContext g) {
        if (sinkContext != g) {
            sinkContext = g;
            sink = new PathSink() {
                @Override
                public void moveTo(double x, double y) {
                    g.moveTo(x, y);
                }

                @Override
                public void lineTo(double x, double y) {
                    g.lineTo(x, y);
                }

                @Override
                public void quadraticCurveTo(double cx, double cy, double x, double y) {
                    g.quadraticCurveTo(cx, cy, x, y);
                }

                @Override
                public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                    g.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
                }
            };
        }
        return sink;
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
