package dev.assetstudio.app.graph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layered graph of group boxes with the long edges of one box merged: every box that has edges
 * reaching past the next layer gets one chain of virtual nodes, one per layer up to the last one its
 * edges need, and each of its long edges runs along that chain and leaves it just before its target.
 * A long chain of groups with hundreds of edges between them otherwise gets a dummy per edge and
 * layer, and the drawing becomes mostly parallel edges (the group overview of a 10,000-asset project
 * had about 300 in a layer); merged, a layer holds at most one dummy per box upstream of it. Every
 * edge of the result joins adjacent layers, so {@link LayeredGraph} adds no dummies of its own.
 */
final class BoxGraph {

    final int[] layer;
    final int[] rank;
    final boolean[] virtual;
    final int[] from;
    final int[] to;
    final int[] weight;
    /** For every input edge, the chain nodes it runs through, upstream first (empty for a short edge). */
    final int[][] chains;

    private BoxGraph(int[] layer, int[] rank, boolean[] virtual, int[] from, int[] to, int[] weight, int[][] chains) {
        this.layer = layer;
        this.rank = rank;
        this.virtual = virtual;
        this.from = from;
        this.to = to;
        this.weight = weight;
        this.chains = chains;
    }

    int size() {
        return layer.length;
    }

    /**
     * @param count boxes
     * @param layer layer of every box
     * @param rank tie-break order of the boxes
     * @param from upstream box of every edge (edges go to later layers; one edge per pair)
     * @param to downstream box of every edge
     * @param weight weight of every edge
     */
    static BoxGraph of(int count, int[] layer, int[] rank, int[] from, int[] to, int[] weight) {
        int m = from.length;
        int[] reach = new int[count]; // the last layer a box's long edges need a dummy in
        for (int b = 0; b < count; b++) {
            reach[b] = layer[b];
        }
        for (int e = 0; e < m; e++) {
            reach[from[e]] = Math.max(reach[from[e]], layer[to[e]] - 1);
        }
        int[] chainStart = new int[count + 1];
        chainStart[0] = count;
        for (int b = 0; b < count; b++) {
            chainStart[b + 1] = chainStart[b] + (reach[b] - layer[b]);
        }
        int size = chainStart[count];
        int[] allLayer = new int[size];
        int[] allRank = new int[size];
        boolean[] virtual = new boolean[size];
        for (int b = 0; b < count; b++) {
            allLayer[b] = layer[b];
            allRank[b] = rank[b];
            for (int c = chainStart[b]; c < chainStart[b + 1]; c++) {
                allLayer[c] = layer[b] + 1 + (c - chainStart[b]);
                allRank[c] = count + rank[b]; // ranks stay distinct within a layer: one chain node per box
                virtual[c] = true;
            }
        }
        List<int[]> edges = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        int[][] chains = new int[m][];
        for (int e = 0; e < m; e++) {
            int s = from[e];
            int t = to[e];
            int hops = layer[t] - layer[s] - 1;
            chains[e] = new int[hops];
            int prev = s;
            for (int k = 0; k < hops; k++) {
                int c = chainStart[s] + k;
                chains[e][k] = c;
                add(edges, index, prev, c, weight[e]);
                prev = c;
            }
            add(edges, index, prev, t, weight[e]);
        }
        int[] f = new int[edges.size()];
        int[] tt = new int[edges.size()];
        int[] w = new int[edges.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = edges.get(i)[0];
            tt[i] = edges.get(i)[1];
            w[i] = edges.get(i)[2];
        }
        return new BoxGraph(allLayer, allRank, virtual, f, tt, w, chains);
    }

    private static void add(List<int[]> edges, Map<Long, Integer> index, int s, int t, int w) {
        Integer i = index.putIfAbsent(((long) s << 32) | t, edges.size());
        if (i == null) {
            edges.add(new int[] {s, t, w});
        } else {
            edges.get(i)[2] += w;
        }
    }
}
