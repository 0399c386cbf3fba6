package dev.assetstudio.app.graph.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Gives every node a layer such that every edge goes from a lower to a higher layer: the longest
 * path from the sources, then each source moved down next to its first consumer (so a source used
 * only deep in the graph does not drag a long edge across every layer).
 */
final class LayerAssignment {

    private LayerAssignment() {}

    /**
     * @return the layer of each node, 0-based and dense (every layer from 0 to the max is used)
     * @throws CycleException if the graph is not a DAG, naming the cycle
     */
    static int[] assign(LayoutGraph graph) {
        int[] topo = topologicalOrder(graph);
        int n = graph.nodeCount();
        Adjacency adj = Adjacency.of(graph);
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

    /** A topological order computed by JGraphT; refuses cycles. */
    private static int[] topologicalOrder(LayoutGraph graph) {
        DirectedAcyclicGraph<Integer, DefaultEdge> dag = new DirectedAcyclicGraph<>(DefaultEdge.class);
        int n = graph.nodeCount();
        for (int v = 0; v < n; v++) {
            dag.addVertex(v);
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            int s = graph.edgeSource(e);
            int t = graph.edgeTarget(e);
            if (s == t) {
                throw new CycleException(List.of(graph.id(s), graph.id(s)));
            }
            try {
                dag.addEdge(s, t);
            } catch (IllegalArgumentException cycle) {
                throw new CycleException(cycleClosedBy(dag, graph, s, t));
            }
        }
        int[] order = new int[n];
        int k = 0;
        TopologicalOrderIterator<Integer, DefaultEdge> it = new TopologicalOrderIterator<>(dag);
        while (it.hasNext()) {
            order[k++] = it.next();
        }
        return order;
    }

    /** The cycle that edge s → t would close: s → t → … → s, found by a BFS from t back to s. */
    private static List<String> cycleClosedBy(
            DirectedAcyclicGraph<Integer, DefaultEdge> dag, LayoutGraph graph, int s, int t) {
        Map<Integer, Integer> parent = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(t);
        parent.put(t, t);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (v == s) {
                break;
            }
            for (DefaultEdge e : dag.outgoingEdgesOf(v)) {
                int w = dag.getEdgeTarget(e);
                if (parent.putIfAbsent(w, v) == null) {
                    queue.add(w);
                }
            }
        }
        List<String> path = new ArrayList<>();
        for (int v = s; v != t; v = parent.get(v)) {
            path.add(graph.id(v));
        }
        path.add(graph.id(t));
        path.add(graph.id(s));
        Collections.reverse(path);
        return path; // s -> t -> ... -> s
    }

    /** Compressed in/out adjacency of the input graph. */
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

        static Adjacency of(LayoutGraph g) {
            int n = g.nodeCount();
            int m = g.edgeCount();
            int[] inStart = new int[n + 1];
            int[] outStart = new int[n + 1];
            for (int e = 0; e < m; e++) {
                inStart[g.edgeTarget(e) + 1]++;
                outStart[g.edgeSource(e) + 1]++;
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
                int s = g.edgeSource(e);
                int t = g.edgeTarget(e);
                in[inFill[t]++] = s;
                out[outFill[s]++] = t;
            }
            return new Adjacency(inStart, in, outStart, out);
        }
    }
}
