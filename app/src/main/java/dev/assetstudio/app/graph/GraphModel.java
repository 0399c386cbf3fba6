package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.EdgeRoute;
import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.LayoutKind;
import dev.assetstudio.app.graph.layout.PlacedNode;
import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.app.graph.layout.Rect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable picture of the graph for the renderer and the hit-tester: where every card, group box and
 * edge is (manual placements applied), what each card shows, and how the viewport should follow this
 * picture from the previous one. Arrays are precomputed so a frame of 5,000 nodes only compares numbers.
 */
public final class GraphModel {

    /** How the view moves its viewport when this model replaces the previous one. */
    public enum ViewportHint {
        /** Fit the whole graph (first layout, another layout kind, a filter). */
        FIT,
        /** Keep the viewport as is (a dragged node, a reload). */
        KEEP,
        /** Keep {@link #anchor()} at the same place on screen (a group collapsed or expanded). */
        ANCHOR
    }

    /**
     * What stays in place when the model changes: the thing called {@code before} in the old model and
     * {@code after} in the new one (a node id, or {@code box:GROUP} for a group box).
     */
    public record Anchor(String before, String after) {}

    private final GraphLayout layout;
    private final LayoutKind kind;
    private final List<NodeItem> items;
    private final Map<String, NodeItem> itemById;
    private final Map<AssetKey, String> idByKey;
    private final Map<String, Integer> groupSizes;
    private final Set<String> collapsed;
    private final ViewportHint hint;
    private final Anchor anchor;
    private final Rect[] nodeRects;
    private final Rect[] edgeBounds;
    private final NodeItem[] edgeFrom;
    private final NodeItem[] edgeTo;
    private final int[] edgeWeights;
    private final Map<String, Integer> weightsById;
    private final boolean overview;

    GraphModel(
            GraphLayout layout,
            LayoutKind kind,
            List<NodeItem> items,
            Set<String> collapsed,
            ViewportHint hint,
            Anchor anchor) {
        this(layout, kind, items, collapsed, hint, anchor, Map.of());
    }

    /**
     * @param weightsById how many asset dependencies each edge stands for ({@link GraphInput#edgeWeights()}); absent
     *     means one
     */
    GraphModel(
            GraphLayout layout,
            LayoutKind kind,
            List<NodeItem> items,
            Set<String> collapsed,
            ViewportHint hint,
            Anchor anchor,
            Map<String, Integer> weightsById) {
        this.layout = layout;
        this.weightsById = weightsById;
        this.kind = kind;
        this.collapsed = Set.copyOf(collapsed);
        this.hint = hint;
        this.anchor = anchor;
        Map<String, NodeItem> byId = new HashMap<>();
        Map<AssetKey, String> byKey = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        List<NodeItem> ordered = new ArrayList<>();
        for (NodeItem item : items) {
            if (layout.nodes().containsKey(item.id())) {
                byId.put(item.id(), item);
                ordered.add(item);
                if (item.key() != null) {
                    byKey.put(item.key(), item.id());
                }
                sizes.merge(item.group(), item.memberCount(), Integer::sum);
            }
        }
        this.items = List.copyOf(ordered);
        this.itemById = Collections.unmodifiableMap(byId);
        this.idByKey = Collections.unmodifiableMap(byKey);
        this.groupSizes = Collections.unmodifiableMap(sizes);
        nodeRects = new Rect[ordered.size()];
        for (int i = 0; i < nodeRects.length; i++) {
            nodeRects[i] = layout.nodes().get(ordered.get(i).id()).bounds();
        }
        List<EdgeRoute> edges = layout.edges();
        edgeBounds = new Rect[edges.size()];
        edgeFrom = new NodeItem[edges.size()];
        edgeTo = new NodeItem[edges.size()];
        edgeWeights = new int[edges.size()];
        for (int e = 0; e < edgeBounds.length; e++) {
            EdgeRoute edge = edges.get(e);
            edgeBounds[e] = boundsOf(edge.points());
            edgeFrom[e] = byId.get(edge.from());
            edgeTo[e] = byId.get(edge.to());
            edgeWeights[e] = weightsById.getOrDefault(GraphInput.edgeId(edge.from(), edge.to()), 1);
        }
        boolean allGroups = !ordered.isEmpty();
        for (NodeItem item : ordered) {
            allGroups &= item.isGroup();
        }
        overview = allGroups;
    }

    private static Rect boundsOf(List<Point> points) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        // Curves bulge a little past their points; the margin keeps them from popping at the edge.
        return new Rect(minX - 20, minY - 20, maxX - minX + 40, maxY - minY + 40);
    }

    /** Another picture of the same graph with a different hint (e.g. after a node was dragged). */
    GraphModel withLayout(GraphLayout moved, ViewportHint newHint, Anchor newAnchor) {
        return new GraphModel(moved, kind, items, collapsed, newHint, newAnchor, weightsById);
    }

    /** Whether every card is a collapsed group: the overview of a big project. */
    public boolean isOverview() {
        return overview;
    }

    /** How many asset dependencies edge {@code e} stands for (more than one between collapsed groups). */
    public int edgeWeight(int e) {
        return edgeWeights[e];
    }

    public GraphLayout layout() {
        return layout;
    }

    public LayoutKind kind() {
        return kind;
    }

    /** The cards, in drawing order (later ones on top). */
    public List<NodeItem> nodes() {
        return items;
    }

    /** The bounds of card {@code i} of {@link #nodes()}. */
    public Rect nodeRect(int i) {
        return nodeRects[i];
    }

    public NodeItem item(String id) {
        return itemById.get(id);
    }

    /** The card showing {@code key}, or null when it is filtered out or inside a collapsed group. */
    public String idOf(AssetKey key) {
        return idByKey.get(key);
    }

    /** The bounds of node {@code id}, or null. */
    public Rect rectOf(String id) {
        PlacedNode node = layout.nodes().get(id);
        return node == null ? null : node.bounds();
    }

    /** How many assets of {@code group} the view shows (collapsed ones counted). */
    public int groupSize(String group) {
        return groupSizes.getOrDefault(group, 0);
    }

    /** The group boxes to draw: every group except collapsed ones (their card is the box). */
    public List<GroupBox> groupBoxes() {
        return layout.groups().values().stream()
                .filter(box -> !collapsed.contains(box.group()))
                .toList();
    }

    public Set<String> collapsed() {
        return collapsed;
    }

    public int edgeCount() {
        return edgeBounds.length;
    }

    public EdgeRoute edge(int e) {
        return layout.edges().get(e);
    }

    /** A box around edge {@code e}'s points, for culling. */
    public Rect edgeBounds(int e) {
        return edgeBounds[e];
    }

    public NodeItem edgeFrom(int e) {
        return edgeFrom[e];
    }

    public NodeItem edgeTo(int e) {
        return edgeTo[e];
    }

    public ViewportHint hint() {
        return hint;
    }

    /** Set when {@link #hint()} is {@link ViewportHint#ANCHOR}. */
    public Anchor anchor() {
        return anchor;
    }

    /** The rectangle an anchor reference names: a node id, or {@code box:GROUP}; null if absent. */
    public Rect resolve(String reference) {
        if (reference == null) {
            return null;
        }
        if (reference.startsWith("box:")) {
            GroupBox box = layout.groups().get(reference.substring(4));
            return box == null || collapsed.contains(box.group()) ? null : box.bounds();
        }
        return rectOf(reference);
    }
}
