package dev.assetstudio.app.graph.layout;

import java.util.List;

/** Quality measures of a finished layout, for tests and for comparing algorithms. */
public final class LayoutMetrics {

    private LayoutMetrics() {}

    /**
     * Counts pairs of edge segments that cross properly (touching at a shared end, as edges of one
     * node do, is not a crossing). Quadratic in the number of segments: meant for tests and small
     * graphs, not for every frame.
     */
    public static long countCrossings(GraphLayout layout) {
        List<EdgeRoute> edges = layout.edges();
        long crossings = 0;
        for (int a = 0; a < edges.size(); a++) {
            List<Point> pa = edges.get(a).points();
            for (int b = a + 1; b < edges.size(); b++) {
                List<Point> pb = edges.get(b).points();
                for (int i = 0; i + 1 < pa.size(); i++) {
                    for (int j = 0; j + 1 < pb.size(); j++) {
                        if (properlyIntersect(pa.get(i), pa.get(i + 1), pb.get(j), pb.get(j + 1))) {
                            crossings++;
                        }
                    }
                }
            }
        }
        return crossings;
    }

    private static boolean properlyIntersect(Point a, Point b, Point c, Point d) {
        double d1 = orientation(c, d, a);
        double d2 = orientation(c, d, b);
        double d3 = orientation(a, b, c);
        double d4 = orientation(a, b, d);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orientation(Point p, Point q, Point r) {
        double value = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return Math.abs(value) < 1e-9 ? 0 : value;
    }
}
