package dev.assetstudio.app.graph.layout;

import java.util.HashMap;
import java.util.Map;

/**
 * The "proper" layered graph the Sugiyama steps work on: the input nodes plus one dummy node per
 * layer that a long edge crosses, so that every segment joins two adjacent layers. Everything is
 * int-indexed: nodes {@code 0..realCount-1} are the input nodes, the rest are dummies, and the
 * dummies of one input edge are consecutive. The order inside each layer is mutable; the rest is
 * fixed once built.
 */
final class LayeredGraph {

    final int realCount;
    final int size;
    final int layerCount;
    /** Layer of every node. */
    final int[] layerOf;
    /** Group index of every node; a dummy takes the group of its edge's upstream node. */
    final int[] groupOf;

    final String[] groupNames;
    /** Upstream and downstream node of every input edge. */
    final int[] edgeFrom;

    final int[] edgeTo;
    /** For input edge e, its dummies are {@code firstDummy[e] .. firstDummy[e+1]-1}, upstream first. */
    final int[] firstDummy;
    /** Segments to the previous layer: {@code up[upStart[v] .. upStart[v+1]-1]}. */
    final int[] upStart;

    final int[] up;
    /** Weight of each segment in {@link #up} (the weight of its input edge). */
    final int[] upWeight;
    /** Segments to the next layer. */
    final int[] downStart;

    final int[] down;

    final int[] downWeight;
    /** Real nodes that only stand for a connection (ports): spaced like dummies. */
    private final boolean[] virtual;
    /** Current order: {@code layers[l]} lists the nodes of layer l left to right. */
    final int[][] layers;
    /** Index of every node within its layer, kept in sync with {@link #layers}. */
    final int[] pos;

    /**
     * The layered graph of a whole {@link LayoutGraph}: groups indexed by name, the first order by
     * node id, so the result does not depend on the order the graph was built in.
     */
    LayeredGraph(LayoutGraph input, int[] realLayer) {
        this(Spec.of(input, realLayer));
    }

    /**
     * Builds the proper layered graph of {@code spec}. The first order of every layer follows {@code
     * spec.rank} (dummies by the ranks of their edge's ends), so it does not depend on node indices.
     */
    LayeredGraph(Spec spec) {
        int n = spec.layer.length;
        int m = spec.from.length;
        int[] realLayer = spec.layer;
        realCount = n;
        edgeFrom = spec.from;
        edgeTo = spec.to;
        groupNames = spec.groupNames;
        virtual = spec.virtual;

        firstDummy = new int[m + 1];
        int dummies = 0;
        int maxLayer = 0;
        for (int e = 0; e < m; e++) {
            firstDummy[e] = n + dummies;
            dummies += realLayer[edgeTo[e]] - realLayer[edgeFrom[e]] - 1;
        }
        firstDummy[m] = n + dummies;
        size = n + dummies;
        for (int v = 0; v < n; v++) {
            maxLayer = Math.max(maxLayer, realLayer[v]);
        }
        layerCount = n == 0 ? 0 : maxLayer + 1;

        groupOf = new int[size];
        System.arraycopy(spec.group, 0, groupOf, 0, n);
        layerOf = new int[size];
        System.arraycopy(realLayer, 0, layerOf, 0, n);
        for (int e = 0; e < m; e++) {
            int s = edgeFrom[e];
            int base = realLayer[s] + 1;
            for (int d = firstDummy[e]; d < firstDummy[e + 1]; d++) {
                layerOf[d] = base + (d - firstDummy[e]);
                groupOf[d] = groupOf[s];
            }
        }

        // Every input edge becomes (dummies + 1) segments; build both directions as CSR arrays.
        int segments = m + dummies;
        int[] segFrom = new int[segments];
        int[] segTo = new int[segments];
        int[] segWeight = new int[segments];
        int k = 0;
        for (int e = 0; e < m; e++) {
            int prev = edgeFrom[e];
            for (int d = firstDummy[e]; d < firstDummy[e + 1]; d++) {
                segWeight[k] = spec.weight[e];
                segFrom[k] = prev;
                segTo[k++] = d;
                prev = d;
            }
            segWeight[k] = spec.weight[e];
            segFrom[k] = prev;
            segTo[k++] = edgeTo[e];
        }
        upStart = new int[size + 1];
        downStart = new int[size + 1];
        for (int i = 0; i < segments; i++) {
            upStart[segTo[i] + 1]++;
            downStart[segFrom[i] + 1]++;
        }
        for (int v = 0; v < size; v++) {
            upStart[v + 1] += upStart[v];
            downStart[v + 1] += downStart[v];
        }
        up = new int[segments];
        down = new int[segments];
        upWeight = new int[segments];
        downWeight = new int[segments];
        int[] upFill = upStart.clone();
        int[] downFill = downStart.clone();
        for (int i = 0; i < segments; i++) {
            upWeight[upFill[segTo[i]]] = segWeight[i];
            up[upFill[segTo[i]]++] = segFrom[i];
            downWeight[downFill[segFrom[i]]] = segWeight[i];
            down[downFill[segFrom[i]]++] = segTo[i];
        }

        // First order: real nodes by rank, each dummy by the ranks of its edge's ends.
        double[] key = new double[size];
        double scale = n + 1.0;
        for (int v = 0; v < n; v++) {
            key[v] = spec.rank[v];
        }
        for (int e = 0; e < m; e++) {
            for (int d = firstDummy[e]; d < firstDummy[e + 1]; d++) {
                key[d] = spec.rank[edgeFrom[e]] + spec.rank[edgeTo[e]] / scale;
            }
        }
        int[] layerSize = new int[layerCount];
        for (int v = 0; v < size; v++) {
            layerSize[layerOf[v]]++;
        }
        layers = new int[layerCount][];
        for (int l = 0; l < layerCount; l++) {
            layers[l] = new int[layerSize[l]];
        }
        pos = new int[size];
        int[] fill = new int[layerCount];
        for (int v = 0; v < size; v++) {
            int l = layerOf[v];
            layers[l][fill[l]++] = v;
        }
        int[] scratch = new int[Math.max(1, size)];
        for (int l = 0; l < layerCount; l++) {
            IndexSort.sort(layers[l], 0, layers[l].length, key, scratch);
            syncPositions(l);
        }
    }

    /** A dummy, or a real node that only stands for a connection: no card, spaced as an edge. */
    boolean isDummy(int v) {
        return v >= realCount || virtual[v];
    }

    int groupCount() {
        return groupNames.length;
    }

    int maxLayerSize() {
        int max = 0;
        for (int[] layer : layers) {
            max = Math.max(max, layer.length);
        }
        return max;
    }

    /** Re-derives {@link #pos} after layer {@code l} was reordered. */
    void syncPositions(int l) {
        int[] layer = layers[l];
        for (int i = 0; i < layer.length; i++) {
            pos[layer[i]] = i;
        }
    }

    /**
     * What a layered graph is built from: {@code n} real nodes with a layer, a group index and a rank
     * (the tie-break order), and weighted edges going to higher layers.
     */
    record Spec(
            int[] layer,
            int[] group,
            String[] groupNames,
            int[] rank,
            boolean[] virtual,
            int[] from,
            int[] to,
            int[] weight) {

        static Spec of(LayoutGraph g, int[] layer) {
            int n = g.nodeCount();
            int m = g.edgeCount();
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            for (int v = 0; v < n; v++) {
                names.add(g.group(v));
            }
            String[] groupNames = names.toArray(new String[0]);
            Map<String, Integer> groupIndex = new HashMap<>();
            for (int i = 0; i < groupNames.length; i++) {
                groupIndex.put(groupNames[i], i);
            }
            int[] group = new int[n];
            for (int v = 0; v < n; v++) {
                group[v] = groupIndex.get(g.group(v));
            }
            int[] from = new int[m];
            int[] to = new int[m];
            int[] weight = new int[m];
            for (int e = 0; e < m; e++) {
                from[e] = g.edgeSource(e);
                to[e] = g.edgeTarget(e);
                weight[e] = g.edgeWeight(e);
            }
            return new Spec(layer, group, groupNames, rankById(g), new boolean[n], from, to, weight);
        }
    }

    /** Every node's position in the order of ids: a tie-break that ignores the input order. */
    static int[] rankById(LayoutGraph g) {
        int n = g.nodeCount();
        Integer[] byId = new Integer[n];
        for (int v = 0; v < n; v++) {
            byId[v] = v;
        }
        java.util.Arrays.sort(byId, (a, b) -> g.id(a).compareTo(g.id(b)));
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[byId[i]] = i;
        }
        return rank;
    }
}
