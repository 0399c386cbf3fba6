package dev.assetstudio.app.graph.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a layout: everything the UI needs to draw the graph, in layout coordinates with the
 * top-left of {@code bounds} at (0, 0). Nodes and groups keep the input's order.
 *
 * @param nodes by node id
 * @param groups by group name
 * @param edges one route per input edge, in input order
 * @param bounds encloses every node, group box and edge point
 */
public record GraphLayout(
        Map<String, PlacedNode> nodes, Map<String, GroupBox> groups, List<EdgeRoute> edges, Rect bounds) {

    public GraphLayout {
        // Copies keep insertion order (Map.copyOf would not) so drawing order is stable.
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        edges = List.copyOf(edges);
    }

    /** The placed node with that id; throws if the id is not in the layout. */
    public PlacedNode node(String id) {
        PlacedNode node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node " + id + " in this layout");
        }
        return node;
    }
}
