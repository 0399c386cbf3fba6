package dev.assetstudio.app.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph to lay out: nodes (id, group, size) and directed edges upstream → downstream. Immutable;
 * nodes and edges are int-indexed in insertion order so the algorithms can work on arrays.
 */
public final class LayoutGraph {

    private final String[] ids;
    private final String[] groups;
    private final double[] widths;
    private final double[] heights;
    private final int[] edgeSources;
    private final int[] edgeTargets;
    private final int[] edgeWeights;
    private final int edgeCount;
    private final Map<String, Integer> indexById;

    private LayoutGraph(Builder b) {
        int n = b.ids.size();
        ids = b.ids.toArray(new String[0]);
        groups = b.groups.toArray(new String[0]);
        widths = Arrays.copyOf(b.widths, n);
        heights = Arrays.copyOf(b.heights, n);
        indexById = Map.copyOf(b.indexById);
        int m = b.edgeFrom.size();
        edgeSources = new int[m];
        edgeTargets = new int[m];
        edgeWeights = new int[m];
        Map<Long, Integer> seen = new HashMap<>();
        int kept = 0;
        for (int e = 0; e < m; e++) {
            int s = index(b.edgeFrom.get(e), "source");
            int t = index(b.edgeTo.get(e), "target");
            // A dependency declared twice is one dependency drawn once; it only weighs more.
            Integer earlier = seen.putIfAbsent(((long) s << 32) | t, kept);
            if (earlier == null) {
                edgeSources[kept] = s;
                edgeTargets[kept] = t;
                edgeWeights[kept] = b.edgeWeight.get(e);
                kept++;
            } else {
                edgeWeights[earlier] += b.edgeWeight.get(e);
            }
        }
        this.edgeCount = kept;
    }

    private int index(String id, String role) {
        Integer i = indexById.get(id);
        if (i == null) {
            throw new IllegalArgumentException("edge " + role + " " + id + " is not a node of the graph");
        }
        return i;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int nodeCount() {
        return ids.length;
    }

    public int edgeCount() {
        return edgeCount;
    }

    public String id(int node) {
        return ids[node];
    }

    public String group(int node) {
        return groups[node];
    }

    public double width(int node) {
        return widths[node];
    }

    public double height(int node) {
        return heights[node];
    }

    /** The upstream node of edge {@code edge}. */
    public int edgeSource(int edge) {
        return edgeSources[edge];
    }

    /** The downstream node of edge {@code edge}. */
    public int edgeTarget(int edge) {
        return edgeTargets[edge];
    }

    /**
     * How much edge {@code edge} weighs: 1 for a plain dependency, more when it stands for several
     * (an aggregated edge of an overview, or one declared twice). Crossing reduction weighs by it.
     */
    public int edgeWeight(int edge) {
        return edgeWeights[edge];
    }

    /** The index of the node with that id, or -1. */
    public int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /** Collects nodes and edges; edges may name nodes added later. Not thread-safe. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<String> groups = new ArrayList<>();
        private double[] widths = new double[16];
        private double[] heights = new double[16];
        private final Map<String, Integer> indexById = new HashMap<>();
        private final List<String> edgeFrom = new ArrayList<>();
        private final List<String> edgeTo = new ArrayList<>();
        private final List<Integer> edgeWeight = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a node. {@code group} must not be null (use a name such as {@code "default"} for
         * ungrouped nodes); sizes must be finite and positive.
         */
        public Builder node(String id, String group, double width, double height) {
            if (id == null || group == null) {
                throw new IllegalArgumentException("node id and group are required");
            }
            if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
                throw new IllegalArgumentException("node " + id + " needs a finite positive size");
            }
            if (indexById.putIfAbsent(id, ids.size()) != null) {
                throw new IllegalArgumentException("duplicate node id " + id);
            }
            int i = ids.size();
            if (i == widths.length) {
                widths = Arrays.copyOf(widths, i * 2);
                heights = Arrays.copyOf(heights, i * 2);
            }
            ids.add(id);
            groups.add(group);
            widths[i] = width;
            heights[i] = height;
            return this;
        }

        /** Adds a dependency: {@code upstream} feeds {@code downstream}. Duplicates are merged. */
        public Builder edge(String upstream, String downstream) {
            return edge(upstream, downstream, 1);
        }

        /**
         * Adds an edge that stands for {@code weight} dependencies (e.g. the asset edges between two
         * groups of an overview); duplicates are merged and their weights added.
         */
        public Builder edge(String upstream, String downstream, int weight) {
            if (upstream == null || downstream == null) {
                throw new IllegalArgumentException("edge ends are required");
            }
            if (weight < 1) {
                throw new IllegalArgumentException(
                        "edge " + upstream + " -> " + downstream + " needs a weight >= 1, was " + weight);
            }
            edgeFrom.add(upstream);
            edgeTo.add(downstream);
            edgeWeight.add(weight);
            return this;
        }

        public LayoutGraph build() {
            return new LayoutGraph(this);
        }
    }
}
