package dev.assetstudio.app.graph;

import dev.assetstudio.app.graph.layout.EdgeRoute;
import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.PlacedNode;
import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.app.graph.layout.Rect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies hand placements to a computed layout: moved cards go where the user put them, their group
 * boxes grow or shrink around them, and their edges become direct curves (the layout's bends were made
 * for the old position). Everything else is the layout as computed.
 */
final class Placements {

    private Placements() {}

    /**
     * @param base the computed layout
     * @param placements top-left corners by node id (ids not in the layout are ignored)
     * @param extraEdges edges the layout left out ({@code [from, to]}), routed here
     */
    static GraphLayout apply(
            GraphLayout base, Map<String, Point> placements, List<List<String>> extraEdges, LayoutOptions options) {
        Map<String, PlacedNode> nodes = new LinkedHashMap<>(base.nodes());
        Set<String> moved = new HashSet<>();
        Set<String> movedGroups = new HashSet<>();
        placements.forEach((id, corner) -> {
            PlacedNode node = nodes.get(id);
            if (node != null) {
                Rect r = node.bounds();
                nodes.put(
                        id, new PlacedNode(id, node.group(), new Rect(corner.x(), corner.y(), r.width(), r.height())));
                moved.add(id);
                movedGroups.add(node.group());
            }
        });
        if (moved.isEmpty() && extraEdges.isEmpty()) {
            return base;
        }
        Map<String, GroupBox> groups = new LinkedHashMap<>(base.groups());
        for (String group : movedGroups) {
            Rect members = null;
            for (PlacedNode node : nodes.values()) {
                if (node.group().equals(group)) {
                    members = members == null ? node.bounds() : members.union(node.bounds());
                }
            }
            if (members != null && groups.containsKey(group)) {
                double pad = options.groupPadding();
                double label = options.groupLabelHeight();
                Rect box = new Rect(
                        members.x() - pad,
                        members.y() - pad - label,
                        members.width() + 2 * pad,
                        members.height() + 2 * pad + label);
                groups.put(group, new GroupBox(group, box, new Rect(box.x(), box.y(), box.width(), label)));
            }
        }
        List<EdgeRoute> edges = new ArrayList<>();
        for (EdgeRoute edge : base.edges()) {
            boolean touched = moved.contains(edge.from()) || moved.contains(edge.to());
            edges.add(touched ? direct(edge.from(), edge.to(), nodes) : edge);
        }
        for (List<String> extra : extraEdges) {
            if (nodes.containsKey(extra.get(0)) && nodes.containsKey(extra.get(1))) {
                edges.add(direct(extra.get(0), extra.get(1), nodes));
            }
        }
        Rect bounds = null;
        for (PlacedNode node : nodes.values()) {
            bounds = bounds == null ? node.bounds() : bounds.union(node.bounds());
        }
        for (GroupBox box : groups.values()) {
            bounds = bounds == null ? box.bounds() : bounds.union(box.bounds());
        }
        return new GraphLayout(nodes, groups, edges, bounds == null ? base.bounds() : bounds);
    }

    /** A route from one card's border to the other's: right side to left side when they are in order. */
    static EdgeRoute direct(String from, String to, Map<String, PlacedNode> nodes) {
        Rect a = nodes.get(from).bounds();
        Rect b = nodes.get(to).bounds();
        if (b.x() >= a.maxX()) {
            return new EdgeRoute(from, to, List.of(new Point(a.maxX(), a.centerY()), new Point(b.x(), b.centerY())));
        }
        return new EdgeRoute(
                from, to, List.of(border(a, b.centerX(), b.centerY()), border(b, a.centerX(), a.centerY())));
    }

    /** Where the line from {@code r}'s centre towards (x, y) leaves {@code r}. */
    private static Point border(Rect r, double x, double y) {
        double dx = x - r.centerX();
        double dy = y - r.centerY();
        if (dx == 0 && dy == 0) {
            return new Point(r.centerX(), r.centerY());
        }
        double t = Math.min(
                dx == 0 ? Double.MAX_VALUE : (r.width() / 2) / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : (r.height() / 2) / Math.abs(dy));
        return new Point(r.centerX() + dx * t, r.centerY() + dy * t);
    }
}
