package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * Turns a project's assets into the graph to lay out: one card per asset (sources included), one per
 * collapsed group, and an edge per dependency, re-routed to the collapsed group's card.
 *
 * <p>Collapsing groups can close a cycle (a → group G → b → G); the layered layout refuses cycles, so
 * such edges are left out of the layout and kept in {@link #extraEdges()}, drawn as plain curves.
 *
 * @param graph what the layout algorithm gets
 * @param items what each card shows, in the graph's node order
 * @param extraEdges edges not laid out ({@code [from, to]} node ids), drawn straight between the cards
 * @param edgeWeights how many asset dependencies each drawn edge stands for, by {@link #edgeId}; more than one
 *     only where an end is a collapsed group
 */
public record GraphInput(
        LayoutGraph graph, List<NodeItem> items, List<List<String>> extraEdges, Map<String, Integer> edgeWeights) {

    /** Card height; room for the key, the status line and a partition health bar. */
    public static final double NODE_HEIGHT = 56;

    /** A collapsed group's card: name, asset count, status bar and partition bar. */
    public static final double GROUP_CARD_HEIGHT = 84;

    static final double GROUP_CARD_MIN_WIDTH = 170;
    static final double GROUP_CARD_MAX_WIDTH = 230;

    static final double MIN_WIDTH = 180;
    static final double MAX_WIDTH = 280;

    /**
     * @param assets every asset of the project
     * @param collapsed groups drawn as one card
     * @param visible the assets to show, or {@code null} for all
     */
    public static GraphInput of(Collection<AssetDefinition> assets, Set<String> collapsed, Set<AssetKey> visible) {
        List<AssetDefinition> shown = assets.stream()
                .filter(a -> visible == null || visible.contains(a.key()))
                .sorted(Comparator.comparing(AssetDefinition::group).thenComparing(AssetDefinition::key))
                .toList();
        Map<AssetKey, String> nodeOf = new LinkedHashMap<>();
        Map<String, NodeItem> items = new LinkedHashMap<>();
        Map<String, Integer> collapsedCounts = new LinkedHashMap<>();
        for (AssetDefinition asset : shown) {
            if (collapsed.contains(asset.group())) {
                String id = NodeItem.groupNodeId(asset.group());
                nodeOf.put(asset.key(), id);
                collapsedCounts.merge(asset.group(), 1, Integer::sum);
                items.putIfAbsent(id, null); // keeps the group's place in the order
            } else {
                String id = asset.key().toString();
                nodeOf.put(asset.key(), id);
                items.put(id, assetItem(id, asset));
            }
        }
        collapsedCounts.forEach((group, count) -> items.put(
                NodeItem.groupNodeId(group),
                new NodeItem(NodeItem.groupNodeId(group), null, group, "", group, false, false, false, count)));

        LayoutGraph.Builder builder = LayoutGraph.builder();
        for (NodeItem item : items.values()) {
            builder.node(item.id(), item.group(), widthOf(item), item.isGroup() ? GROUP_CARD_HEIGHT : NODE_HEIGHT);
        }
        Map<String, Integer> weights = new HashMap<>();
        // Edges go in one by one into a DAG, so an edge that would close a cycle (only possible through a
        // collapsed group) is detected and kept aside instead of failing the whole layout.
        DirectedAcyclicGraph<String, DefaultEdge> dag = new DirectedAcyclicGraph<>(DefaultEdge.class);
        items.keySet().forEach(dag::addVertex);
        Set<List<String>> extra = new LinkedHashSet<>();
        for (AssetDefinition asset : shown) {
            String to = nodeOf.get(asset.key());
            for (AssetKey upstream : asset.upstreamKeys()) {
                String from = nodeOf.get(upstream);
                if (from == null || from.equals(to)) {
                    continue;
                }
                if (weights.merge(edgeId(from, to), 1, Integer::sum) > 1) {
                    continue; // one more asset dependency behind an edge already drawn
                }
                try {
                    dag.addEdge(from, to);
                    builder.edge(from, to);
                } catch (IllegalArgumentException cycle) {
                    extra.add(List.of(from, to));
                }
            }
        }
        return new GraphInput(
                builder.build(), List.copyOf(items.values()), new ArrayList<>(extra), Map.copyOf(weights));
    }

    /** The key of the edge from node {@code from} to node {@code to} in {@link #edgeWeights()}. */
    static String edgeId(String from, String to) {
        return from + '\u0000' + to;
    }

    private static NodeItem assetItem(String id, AssetDefinition asset) {
        List<String> path = asset.key().path();
        String name = path.get(path.size() - 1);
        String prefix = path.size() == 1 ? "" : String.join("/", path.subList(0, path.size() - 1)) + "/";
        return new NodeItem(
                id,
                asset.key(),
                asset.group(),
                prefix,
                name,
                asset.source(),
                asset.partitions().isPresent(),
                asset.config().isPresent(),
                1,
                asset.kinds().stream().sorted().toList(),
                asset.multiAsset().orElse(null));
    }

    /** About as wide as the key needs at 13 px (no font metrics here: this runs off the FX thread). */
    static double widthOf(NodeItem item) {
        if (item.isGroup()) {
            return Math.max(
                    GROUP_CARD_MIN_WIDTH,
                    Math.min(MAX_WIDTH + 40, Math.ceil(item.name().length() * 8.2 + 70)));
        }
        double text = item.prefix().length() * 6.6 + item.name().length() * 7.6;
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.ceil(text + 64)));
    }
}
