package dev.assetstudio.app.graph.layout;

import java.util.Arrays;

/**
 * Turns the layer orders into coordinates. Along the layer axis every layer is a band as thick as
 * its thickest node. Across it, every group lane gets a fixed band as wide as its widest layer, and
 * inside its lane each layer's run of nodes is pulled towards the median of its neighbours in the
 * adjacent layer, keeping order and minimum spacing: per run that is a weighted isotonic regression,
 * solved exactly in linear time by pool-adjacent-violators and then clamped to the lane.
 */
final class CoordinateAssignment {

    /** Weight of a dummy: long edges are pulled straight harder than nodes are aligned. */
    private static final double DUMMY_WEIGHT = 4;
    /** Weight of a node with no neighbour on the side looked at: it mostly stays where it is. */
    private static final double LONELY_WEIGHT = 0.25;

    private final LayeredGraph g;
    private final int[] laneOf;
    private final int laneCount;
    /** Size of every node across layers (0 for dummies). */
    private final double[] across;
    /** Minimum distance from the previous node's center in the same run, 0 at a run start. */
    private final double[] offset;

    private final double nodeSpacing;
    private final double edgeSpacing;

    /** Center of every node across layers: the result. */
    final double[] center;

    final double[] laneStart;
    final double[] laneWidth;

    // Pool-adjacent-violators stacks, reused for every run.
    private final double[] poolSum;
    private final double[] poolWeight;
    private final int[] poolStart;
    private final double[] neighbourCenters;

    CoordinateAssignment(
            LayeredGraph g, GroupLanes lanes, double[] acrossSize, double nodeSpacing, double edgeSpacing) {
        this.g = g;
        this.laneOf = lanes.laneOf;
        this.laneCount = lanes.laneCount;
        this.across = acrossSize;
        this.nodeSpacing = nodeSpacing;
        this.edgeSpacing = edgeSpacing;
        center = new double[g.size];
        offset = new double[g.size];
        laneStart = new double[laneCount];
        laneWidth = new double[laneCount];
        int maxLayer = g.maxLayerSize();
        poolSum = new double[maxLayer];
        poolWeight = new double[maxLayer];
        poolStart = new int[maxLayer + 1];
        int maxDegree = 1;
        for (int v = 0; v < g.size; v++) {
            maxDegree = Math.max(maxDegree, g.upStart[v + 1] - g.upStart[v]);
            maxDegree = Math.max(maxDegree, g.downStart[v + 1] - g.downStart[v]);
        }
        neighbourCenters = new double[2 * maxDegree];
    }

    /** Computes {@link #center} with lanes starting at {@code origin} and {@code laneGap} apart. */
    void run(double origin, double laneGap, int passes) {
        measureLanes(origin, laneGap);
        placeCompactly();
        for (int p = 0; p < passes; p++) {
            for (int l = 1; l < g.layerCount; l++) {
                placeLayer(l, true, false);
            }
            for (int l = g.layerCount - 2; l >= 0; l--) {
                placeLayer(l, false, true);
            }
        }
        for (int l = 0; l < g.layerCount; l++) {
            placeLayer(l, true, true);
        }
    }

    /**
     * More passes after the layers marked {@code fixed} were placed by someone else (wrapped layers on
     * their grid): the other layers follow them, the fixed ones stay.
     */
    void refine(int passes, boolean[] fixed) {
        for (int p = 0; p < Math.max(1, passes); p++) {
            for (int l = 1; l < g.layerCount; l++) {
                if (!fixed[l]) {
                    placeLayer(l, true, false);
                }
            }
            for (int l = g.layerCount - 2; l >= 0; l--) {
                if (!fixed[l]) {
                    placeLayer(l, false, true);
                }
            }
        }
        for (int l = 0; l < g.layerCount; l++) {
            if (!fixed[l]) {
                placeLayer(l, true, true);
            }
        }
    }

    private int laneOfNode(int v) {
        return laneOf[g.groupOf[v]];
    }

    private void measureLanes(double origin, double laneGap) {
        for (int l = 0; l < g.layerCount; l++) {
            int[] layer = g.layers[l];
            int runStart = 0;
            for (int i = 0; i < layer.length; i++) {
                int v = layer[i];
                boolean startsRun = i == 0 || laneOfNode(layer[i - 1]) != laneOfNode(v);
                if (startsRun) {
                    runStart = i;
                    offset[v] = 0;
                } else {
                    int prev = layer[i - 1];
                    double gap = g.isDummy(prev) || g.isDummy(v) ? edgeSpacing : nodeSpacing;
                    offset[v] = offset[prev] + (across[prev] + across[v]) / 2 + gap;
                }
                boolean endsRun = i == layer.length - 1 || laneOfNode(layer[i + 1]) != laneOfNode(v);
                if (endsRun) {
                    double span = across[layer[runStart]] / 2 + offset[v] + across[v] / 2;
                    int lane = laneOfNode(v);
                    laneWidth[lane] = Math.max(laneWidth[lane], span);
                }
            }
        }
        double next = origin;
        for (int lane = 0; lane < laneCount; lane++) {
            laneStart[lane] = next;
            next += laneWidth[lane] + laneGap;
        }
    }

    /** Every run centred in its lane: a valid start for the passes. */
    private void placeCompactly() {
        for (int l = 0; l < g.layerCount; l++) {
            int[] layer = g.layers[l];
            int runStart = 0;
            for (int i = 0; i < layer.length; i++) {
                int v = layer[i];
                if (i == 0 || laneOfNode(layer[i - 1]) != laneOfNode(v)) {
                    runStart = i;
                }
                if (i == layer.length - 1 || laneOfNode(layer[i + 1]) != laneOfNode(v)) {
                    int first = layer[runStart];
                    int lane = laneOfNode(v);
                    double span = across[first] / 2 + offset[v] + across[v] / 2;
                    double firstCenter = laneStart[lane] + (laneWidth[lane] - span) / 2 + across[first] / 2;
                    for (int k = runStart; k <= i; k++) {
                        center[layer[k]] = firstCenter + offset[layer[k]];
                    }
                }
            }
        }
    }

    private void placeLayer(int l, boolean lookUp, boolean lookDown) {
        int[] layer = g.layers[l];
        int runStart = 0;
        for (int i = 0; i < layer.length; i++) {
            int v = layer[i];
            if (i == 0 || laneOfNode(layer[i - 1]) != laneOfNode(v)) {
                runStart = i;
            }
            if (i == layer.length - 1 || laneOfNode(layer[i + 1]) != laneOfNode(v)) {
                placeRun(layer, runStart, i + 1, lookUp, lookDown);
            }
        }
    }

    /** Isotonic regression of the desired centers (minus offsets) over {@code layer[from, to)}. */
    private void placeRun(int[] layer, int from, int to, boolean lookUp, boolean lookDown) {
        int pools = 0;
        for (int i = from; i < to; i++) {
            int v = layer[i];
            int k = 0;
            if (lookUp) {
                for (int e = g.upStart[v]; e < g.upStart[v + 1]; e++) {
                    neighbourCenters[k++] = center[g.up[e]];
                }
            }
            if (lookDown) {
                for (int e = g.downStart[v]; e < g.downStart[v + 1]; e++) {
                    neighbourCenters[k++] = center[g.down[e]];
                }
            }
            double desired;
            double weight;
            if (k == 0) {
                desired = center[v];
                weight = LONELY_WEIGHT;
            } else {
                desired = median(k);
                weight = g.isDummy(v) ? DUMMY_WEIGHT : 1;
            }
            double target = desired - offset[v];
            poolSum[pools] = target * weight;
            poolWeight[pools] = weight;
            poolStart[pools] = i;
            pools++;
            while (pools > 1
                    && poolSum[pools - 2] / poolWeight[pools - 2] > poolSum[pools - 1] / poolWeight[pools - 1]) {
                poolSum[pools - 2] += poolSum[pools - 1];
                poolWeight[pools - 2] += poolWeight[pools - 1];
                pools--;
            }
        }
        poolStart[pools] = to;
        int first = layer[from];
        int last = layer[to - 1];
        int lane = laneOfNode(first);
        double lo = laneStart[lane] + across[first] / 2;
        double hi = laneStart[lane] + laneWidth[lane] - across[last] / 2 - offset[last];
        for (int p = 0; p < pools; p++) {
            double value = Math.max(lo, Math.min(hi, poolSum[p] / poolWeight[p]));
            for (int i = poolStart[p]; i < poolStart[p + 1]; i++) {
                center[layer[i]] = value + offset[layer[i]];
            }
        }
    }

    private double median(int k) {
        if (k == 1) {
            return neighbourCenters[0];
        }
        Arrays.sort(neighbourCenters, 0, k);
        return (k & 1) == 1 ? neighbourCenters[k / 2] : (neighbourCenters[k / 2 - 1] + neighbourCenters[k / 2]) / 2;
    }
}
