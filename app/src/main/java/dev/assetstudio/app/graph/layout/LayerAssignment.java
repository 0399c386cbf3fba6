package dev.assetstudio.app.graph.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Gives every node a layer such that every edge goes from a lower to a higher layer: the longest
 * path from the sources, then each source moved down next to its first consumer (so a source used
 * only deep in the graph does not drag a long edge across every layer).
 *
 * <p>One pass of Kahn's algorithm over compressed adjacency arrays: linear in nodes plus edges, and
 * the layers do not depend on the order the nodes were given in (a longest path is a longest path).
 */
final class LayerAssignment {

    private LayerAssignment() {}

    /**
     * @return the layer of each node, 0-based and dense (every layer from 0 to the max is used)
     * @throws CycleException if the graph is not a DAG, naming the cycle
     */
    static int[] assign(LayoutGraph graph) {
        int m = graph.edgeCount();
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = graph.edgeSource(e);
            to[e] = graph.edgeTarget(e);
        }
        return assign(graph.nodeCount(), from, to, graph::id);
    }

    /**
     * Layers of the graph with {@code n} nodes and edges {@code from[e] → to[e]}; {@code name} names
     * nodes in a cycle error.
     */
    static int[] assign(int n, int[] from, int[] to, IntFunction<String> name) {
        Adjacency adj = Adjacency.of(n, from, to);
        int[] topo = topologicalOrder(n, adj, from, to, name);
        int[] layer = new int[n];
        for (int v : topo) {
            int l = 0;
            for (int i = adj.inStart[v]; i < adj.inStart[v + 1]; i++) {
                l = Math.max(l, layer[adj.in[i]] + 1);
            }
            layer[v] = l;
        }
        for (int k = n - 1; k >= 0; k--) {
            int v = topo[k];
            boolean source = adj.inStart[v] == adj.inStart[v + 1];
            boolean hasConsumers = adj.outStart[v] < adj.outStart[v + 1];
            if (source && hasConsumers) {
                int l = Integer.MAX_VALUE;
                for (int i = adj.outStart[v]; i < adj.outStart[v + 1]; i++) {
                    l = Math.min(l, layer[adj.out[i]] - 1);
                }
                layer[v] = l;
            }
        }
        // Moving sources never empties a layer: the longest path into any layer starts at a layer-0
        // source whose consumer sits on layer 1, so layer 0 keeps it, and every deeper layer keeps the
        // non-source node that defined it.
        return layer;
    }

    /** Kahn's algorithm; what it cannot order lies on or behind a cycle, which it names. */
    private static int[] topologicalOrder(int n, Adjacency adj, int[] from, int[] to, IntFunction<String> name) {
        int[] indegree = new int[n];
        for (int v = 0; v < n; v++) {
            indegree[v] = adj.inStart[v + 1] - adj.inStart[v];
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (indegree[v] == 0) {
                order[tail++] = v;
            }
        }
        while (head < tail) {
            int v = order[head++];
            for (int i = adj.outStart[v]; i < adj.outStart[v + 1]; i++) {
                if (--indegree[adj.out[i]] == 0) {
                    order[tail++] = adj.out[i];
                }
            }
        }
        if (tail < n) {
            throw new CycleException(cycle(n, adj, indegree, from, to, name));
        }
        return order;
    }

    /**
     * A cycle among the nodes Kahn left (each still has an unordered predecessor, so walking back
     * along those must repeat a node), started at the upstream end of its latest-declared edge.
     */
    private static List<String> cycle(
            int n, Adjacency adj, int[] indegree, int[] from, int[] to, IntFunction<String> name) {
        int start = 0;
        while (indegree[start] == 0) {
            start++;
        }
        int[] seenAt = new int[n];
        java.util.Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        int v = start;
        while (seenAt[v] < 0) {
            seenAt[v] = walk.size();
            walk.add(v);
            int next = -1;
            for (int i = adj.inStart[v]; i < adj.inStart[v + 1] && next < 0; i++) {
                if (indegree[adj.in[i]] > 0) {
                    next = adj.in[i];
                }
            }
            v = next;
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(seenAt[v], walk.size()));
        Collections.reverse(cycle); // the walk went upstream; a cycle reads downstream
        int size = cycle.size();
        int latestEdge = -1;
        int rotateTo = 0;
        for (int e = 0; e < from.length; e++) {
            for (int k = 0; k < size; k++) {
                if (from[e] == cycle.get(k) && to[e] == cycle.get((k + 1) % size) && e > latestEdge) {
                    latestEdge = e;
                    rotateTo = k;
                }
            }
        }
        List<String> names = new ArrayList<>(size + 1);
        for (int k = 0; k <= size; k++) {
            names.add(name.apply(cycle.get((rotateTo + k) % size)));
        }
        return names;
    }

    /** Compressed in/out adjacency of a graph. */
    static final class Adjacency {
        final int[] inStart;
        final int[] in;
        final int[] outStart;
        final int[] out;

        private Adjacency(int[] inStart, int[] in, int[] outStart, int[] out) {
            this.inStart = inStart;
            this.in = in;
            this.outStart = outStart;
            this.out = out;
        }

        static Adjacency of(int n, int[] from, int[] to) {
            int m = from.length;
            int[] inStart = new int[n + 1];
            int[] outStart = new int[n + 1];
            for (int e = 0; e < m; e++) {
                inStart[to[e] + 1]++;
                outStart[from[e] + 1]++;
            }
            for (int v = 0; v < n; v++) {
                inStart[v + 1] += inStart[v];
                outStart[v + 1] += outStart[v];
            }
            int[] in = new int[m];
            int[] out = new int[m];
            int[] inFill = inStart.clone();
            int[] outFill = outStart.clone();
            for (int e = 0; e < m; e++) {
                in[inFill[to[e]]++] = from[e];
                out[outFill[from[e]]++] = to[e];
            }
            return new Adjacency(inStart, in, outStart, out);
        }
    }
}
