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
        return of(Assets.of(assets), collapsed, visible);
    }

    /**
     * Like {@link #of(Collection, Set, Set)} with the project's assets prepared once ({@link Assets}): an expand or a
     * collapse then costs a pass over int arrays, not a sort of every asset and a hash lookup per dependency.
     */
    public static GraphInput of(Assets assets, Set<String> collapsed, Set<AssetKey> visible) {
        int n = assets.sorted.length;
        boolean[] collapsedGroup = new boolean[assets.groupNames.length];
        for (int g = 0; g < collapsedGroup.length; g++) {
            collapsedGroup[g] = collapsed.contains(assets.groupNames[g]);
        }
        int[] nodeOf = new int[n];
        int[] groupNode = new int[assets.groupNames.length];
        java.util.Arrays.fill(groupNode, -1);
        int[] groupCount = new int[assets.groupNames.length];
        List<NodeItem> items = new ArrayList<>();
        double[] nodeWidth = new double[n + groupNode.length];
        for (int i = 0; i < n; i++) {
            if (visible != null && !visible.contains(assets.sorted[i].key())) {
                nodeOf[i] = -1;
                continue;
            }
            int g = assets.groupOf[i];
            if (collapsedGroup[g]) {
                if (groupNode[g] < 0) {
                    groupNode[g] = items.size();
                    items.add(null); // keeps the group's place in the order
                }
                groupCount[g]++;
                nodeOf[i] = groupNode[g];
            } else {
                nodeOf[i] = items.size();
                nodeWidth[items.size()] = assets.widths[i];
                items.add(assets.items[i]);
            }
        }
        for (int g = 0; g < groupNode.length; g++) {
            if (groupNode[g] >= 0) {
                String group = assets.groupNames[g];
                items.set(
                        groupNode[g],
                        new NodeItem(
                                NodeItem.groupNodeId(group),
                                null,
                                group,
                                "",
                                group,
                                false,
                                false,
                                false,
                                groupCount[g]));
            }
        }

        LayoutGraph.Builder builder = LayoutGraph.builder();
        for (int v = 0; v < items.size(); v++) {
            NodeItem item = items.get(v);
            double width = item.isGroup() ? widthOf(item) : nodeWidth[v];
            builder.node(item.id(), item.group(), width, item.isGroup() ? GROUP_CARD_HEIGHT : NODE_HEIGHT);
        }
        Map<Long, int[]> weights = new LinkedHashMap<>();
        // The project's graph is a DAG, so only an edge through a collapsed group's card can close a cycle; with
        // collapsed groups, edges go in one by one into a DAG, so such an edge is kept aside instead of failing the
        // whole layout.
        boolean anyCollapsed = false;
        for (int g : groupNode) {
            anyCollapsed |= g >= 0;
        }
        DirectedAcyclicGraph<Integer, DefaultEdge> dag =
                anyCollapsed ? new DirectedAcyclicGraph<>(DefaultEdge.class) : null;
        if (dag != null) {
            for (int v = 0; v < items.size(); v++) {
                dag.addVertex(v);
            }
        }
        Set<List<String>> extra = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            int to = nodeOf[i];
            if (to < 0) {
                continue;
            }
            for (int u : assets.upstream[i]) {
                int from = nodeOf[u];
                if (from < 0 || from == to) {
                    continue;
                }
                int[] weight = weights.computeIfAbsent(((long) from << 32) | to, k -> new int[1]);
                if (weight[0]++ > 0) {
                    continue; // one more asset dependency behind an edge already drawn
                }
                String fromId = items.get(from).id();
                String toId = items.get(to).id();
                try {
                    if (dag != null) {
                        dag.addEdge(from, to);
                    }
                    builder.edge(fromId, toId);
                } catch (IllegalArgumentException cycle) {
                    extra.add(List.of(fromId, toId));
                }
            }
        }
        Map<String, Integer> edgeWeights = new HashMap<>(weights.size() * 2);
        weights.forEach((k, w) -> edgeWeights.put(
                edgeId(
                        items.get((int) (k >>> 32)).id(),
                        items.get((int) (long) k).id()),
                w[0]));
        return new GraphInput(builder.build(), List.copyOf(items), new ArrayList<>(extra), Map.copyOf(edgeWeights));
    }

    /**
     * A project's assets made ready for {@link GraphInput#of(Assets, Set, Set)} once per project: sorted by group and
     * key, their cards and widths made, their dependencies as indices.
     */
    public static final class Assets {
        private final AssetDefinition[] sorted;
        private final NodeItem[] items;
        private final double[] widths;
        private final int[] groupOf;
        private final String[] groupNames;
        private final int[][] upstream;

        private Assets(Collection<AssetDefinition> assets) {
            sorted = assets.stream()
                    .sorted(Comparator.comparing(AssetDefinition::group).thenComparing(AssetDefinition::key))
                    .toArray(AssetDefinition[]::new);
            int n = sorted.length;
            items = new NodeItem[n];
            widths = new double[n];
            groupOf = new int[n];
            Map<AssetKey, Integer> index = new HashMap<>(n * 2);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                AssetDefinition asset = sorted[i];
                items[i] = assetItem(asset.key().toString(), asset);
                widths[i] = widthOf(items[i]);
                if (names.isEmpty() || !names.get(names.size() - 1).equals(asset.group())) {
                    names.add(asset.group()); // sorted by group: each group's assets are consecutive
                }
                groupOf[i] = names.size() - 1;
                index.put(asset.key(), i);
            }
            groupNames = names.toArray(new String[0]);
            upstream = new int[n][];
            for (int i = 0; i < n; i++) {
                Set<AssetKey> keys = sorted[i].upstreamKeys();
                int[] ups = new int[keys.size()];
                int k = 0;
                for (AssetKey key : keys) {
                    Integer u = index.get(key);
                    if (u != null) {
                        ups[k++] = u;
                    }
                }
                upstream[i] = k == ups.length ? ups : java.util.Arrays.copyOf(ups, k);
            }
        }

        /** Prepares {@code assets} (every asset of a project). */
        public static Assets of(Collection<AssetDefinition> assets) {
            return new Assets(assets);
        }
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
