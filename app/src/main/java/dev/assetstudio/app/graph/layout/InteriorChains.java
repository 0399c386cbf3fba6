package dev.assetstudio.app.graph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long edges inside one block merged into shared chains of virtual nodes, as {@link BoxGraph} does between
 * blocks: the edges from one in-port share one chain and leave it just before their targets; the edges into one
 * out-port join one chain just after their sources; the other long edges share one chain per source node. A
 * dummy per edge and layer made a mid-size group of a 10,000-asset project mostly parallel edges (300 dummies
 * beside 17 cards in a layer, a box 1,000 px wide and 4,400 tall); shared, a layer holds at most one chain node
 * per port or per upstream node. Every edge of the result joins adjacent layers.
 */
final class InteriorChains {

    /** Number of chain nodes; they come after the block's {@code nodes} nodes. */
    final int count;
    /** Layer of every chain node. */
    final int[] layer;
    /** The node every chain node's chain belongs to (its port or its source node). */
    final int[] owner;

    final int[] from;
    final int[] to;
    final int[] weight;
    /** For every input edge, the nodes it runs through from source to target (chain nodes in between). */
    final int[][] paths;
    /** For every input edge, the segments ({@link #from}/{@link #to} indices) of its path, in order. */
    final int[][] segments;

    private InteriorChains(
            int count, int[] layer, int[] owner, int[] from, int[] to, int[] weight, int[][] paths, int[][] segments) {
        this.count = count;
        this.layer = layer;
        this.owner = owner;
        this.from = from;
        this.to = to;
        this.weight = weight;
        this.paths = paths;
        this.segments = segments;
    }

    /**
     * @param nodes nodes of the block, ports included
     * @param layer layer of every node
     * @param inPort whether each node is an in-port (edges from it share one chain)
     * @param outPort whether each node is an out-port (edges into it share one chain)
     */
    static InteriorChains of(
            int nodes, int[] layer, boolean[] inPort, boolean[] outPort, int[] from, int[] to, int[] weight) {
        int m = from.length;
        // Chain of an owner: one node per layer in [first, last]; keyed by owner, created lazily per layer.
        Map<Long, Integer> chainNode = new HashMap<>();
        List<Integer> chainLayer = new ArrayList<>();
        List<Integer> chainOwner = new ArrayList<>();
        int[][] paths = new int[m][];
        for (int e = 0; e < m; e++) {
            int s = from[e];
            int t = to[e];
            int hops = layer[t] - layer[s] - 1;
            int[] path = new int[hops + 2];
            path[0] = s;
            path[hops + 1] = t;
            int owner = outPort[t] && !inPort[s] ? t : s;
            for (int k = 0; k < hops; k++) {
                int l = layer[s] + 1 + k;
                long key = ((long) owner << 32) | l;
                Integer c = chainNode.get(key);
                if (c == null) {
                    c = nodes + chainLayer.size();
                    chainNode.put(key, c);
                    chainLayer.add(l);
                    chainOwner.add(owner);
                }
                path[k + 1] = c;
            }
            paths[e] = path;
        }
        Map<Long, Integer> segmentIndex = new HashMap<>();
        List<int[]> segmentList = new ArrayList<>();
        int[][] segments = new int[m][];
        for (int e = 0; e < m; e++) {
            int[] path = paths[e];
            segments[e] = new int[path.length - 1];
            for (int k = 0; k + 1 < path.length; k++) {
                long key = ((long) path[k] << 32) | path[k + 1];
                Integer i = segmentIndex.get(key);
                if (i == null) {
                    i = segmentList.size();
                    segmentIndex.put(key, i);
                    segmentList.add(new int[] {path[k], path[k + 1], 0});
                }
                segmentList.get(i)[2] += weight[e];
                segments[e][k] = i;
            }
        }
        int count = chainLayer.size();
        int[] chainLayers = new int[count];
        int[] owners = new int[count];
        for (int c = 0; c < count; c++) {
            chainLayers[c] = chainLayer.get(c);
            owners[c] = chainOwner.get(c);
        }
        int k = segmentList.size();
        int[] f = new int[k];
        int[] t = new int[k];
        int[] w = new int[k];
        for (int i = 0; i < k; i++) {
            f[i] = segmentList.get(i)[0];
            t[i] = segmentList.get(i)[1];
            w[i] = segmentList.get(i)[2];
        }
        return new InteriorChains(count, chainLayers, owners, f, t, w, paths, segments);
    }
}
