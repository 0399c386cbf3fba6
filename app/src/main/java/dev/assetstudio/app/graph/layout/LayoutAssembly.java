package dev.assetstudio.app.graph.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/** Builds a {@link GraphLayout} from node rectangles and edge routes: the part all layouts share. */
final class LayoutAssembly {

    private LayoutAssembly() {}

    static GraphLayout assemble(LayoutGraph graph, Rect[] nodeRects, List<EdgeRoute> edges, LayoutOptions options) {
        Map<String, PlacedNode> nodes = new LinkedHashMap<>(graph.nodeCount() * 4 / 3 + 1);
        for (int v = 0; v < graph.nodeCount(); v++) {
            nodes.put(graph.id(v), new PlacedNode(graph.id(v), graph.group(v), nodeRects[v]));
        }
        Map<String, GroupBox> groups = groupBoxes(graph, nodeRects, options);
        double maxX = 0;
        double maxY = 0;
        for (Rect r : nodeRects) {
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        for (GroupBox box : groups.values()) {
            maxX = Math.max(maxX, box.bounds().maxX());
            maxY = Math.max(maxY, box.bounds().maxY());
        }
        for (EdgeRoute route : edges) {
            for (Point p : route.points()) {
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        return new GraphLayout(nodes, groups, edges, new Rect(0, 0, maxX, maxY));
    }

    /** Bounding box of each group's nodes, grown by the padding and by the label band on top. */
    static Map<String, GroupBox> groupBoxes(LayoutGraph graph, Rect[] nodeRects, LayoutOptions options) {
        Map<String, double[]> extents = new LinkedHashMap<>();
        for (int v = 0; v < graph.nodeCount(); v++) {
            Rect r = nodeRects[v];
            double[] e = extents.computeIfAbsent(graph.group(v), k -> new double[] {
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY
            });
            e[0] = Math.min(e[0], r.x());
            e[1] = Math.min(e[1], r.y());
            e[2] = Math.max(e[2], r.maxX());
            e[3] = Math.max(e[3], r.maxY());
        }
        double pad = options.groupPadding();
        double label = options.groupLabelHeight();
        Map<String, GroupBox> boxes = new LinkedHashMap<>();
        extents.forEach((group, e) -> {
            Rect bounds =
                    new Rect(e[0] - pad, e[1] - pad - label, e[2] - e[0] + 2 * pad, e[3] - e[1] + 2 * pad + label);
            boxes.put(group, new GroupBox(group, bounds, new Rect(bounds.x(), bounds.y(), bounds.width(), label)));
        });
        return boxes;
    }

    /** A layout from the node centers a JGraphT drawing algorithm left in {@code model}. */
    static GraphLayout fromModel(LayoutGraph graph, LayoutModel2D<Integer> model, LayoutOptions options) {
        int n = graph.nodeCount();
        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int v = 0; v < n; v++) {
            Point2D p = model.get(v);
            cx[v] = p.getX();
            cy[v] = p.getY();
        }
        return fromCenters(graph, cx, cy, options);
    }

    /**
     * A layout from node centers (force-directed, circular): moved so the drawing starts at (0, 0),
     * edges drawn straight between the node borders.
     */
    static GraphLayout fromCenters(LayoutGraph graph, double[] cx, double[] cy, LayoutOptions options) {
        int n = graph.nodeCount();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            minX = Math.min(minX, cx[v] - graph.width(v) / 2);
            minY = Math.min(minY, cy[v] - graph.height(v) / 2);
        }
        double dx = n == 0 ? 0 : options.groupPadding() - minX;
        double dy = n == 0 ? 0 : options.groupPadding() + options.groupLabelHeight() - minY;
        Rect[] rects = new Rect[n];
        for (int v = 0; v < n; v++) {
            rects[v] = new Rect(
                    cx[v] + dx - graph.width(v) / 2, cy[v] + dy - graph.height(v) / 2, graph.width(v), graph.height(v));
        }
        List<EdgeRoute> edges = new ArrayList<>(graph.edgeCount());
        for (int e = 0; e < graph.edgeCount(); e++) {
            Rect s = rects[graph.edgeSource(e)];
            Rect t = rects[graph.edgeTarget(e)];
            edges.add(new EdgeRoute(
                    graph.id(graph.edgeSource(e)),
                    graph.id(graph.edgeTarget(e)),
                    List.of(borderTowards(s, t.centerX(), t.centerY()), borderTowards(t, s.centerX(), s.centerY()))));
        }
        return assemble(graph, rects, edges, options);
    }

    /** Where the ray from the rectangle's center towards (x, y) leaves the rectangle. */
    static Point borderTowards(Rect r, double x, double y) {
        double dx = x - r.centerX();
        double dy = y - r.centerY();
        if (dx == 0 && dy == 0) {
            return new Point(r.centerX(), r.centerY());
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (r.width() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (r.height() / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new Point(r.centerX() + dx * s, r.centerY() + dy * s);
    }
}
