package dev.assetstudio.app.graph.layout;

/**
 * Reorders the layers of a {@link LayeredGraph} to reduce edge crossings with the barycenter
 * heuristic, layer by layer sweeping down then up, while keeping each group contiguous within a
 * layer: groups are sorted as blocks (by lane if lanes are given, then by the group's mean
 * barycenter), and nodes within a block by their own barycenter. The best order seen is kept.
 */
final class CrossingReduction {

    private final LayeredGraph g;
    private final double[] bary;
    private final double[] nodeKey;
    private final double[] groupSum;
    private final int[] groupCount;
    private final int[] groupsInLayer;
    private final double[] groupKey;
    private final int[] scratch;
    /** Keys scale: larger than any position, so "block * scale + barycenter" sorts by block first. */
    private final double scale;

    private int[] laneOfGroup;
    /** Layers whose order was decided by someone else (ports facing their neighbours): kept as is. */
    private boolean[] fixed;

    CrossingReduction(LayeredGraph g) {
        this(g, new boolean[g.layerCount]);
    }

    /** A reduction that never reorders the layers marked {@code fixed}. */
    CrossingReduction(LayeredGraph g, boolean[] fixed) {
        this.g = g;
        this.fixed = fixed;
        bary = new double[g.size];
        nodeKey = new double[g.size];
        groupSum = new double[g.groupCount()];
        groupCount = new int[g.groupCount()];
        groupsInLayer = new int[g.groupCount()];
        groupKey = new double[g.groupCount()];
        scratch = new int[Math.max(g.size, g.groupCount())];
        scale = g.maxLayerSize() + 1.0;
    }

    /**
     * Two free sweeps to find where groups want to be, then lanes from that, then {@code passes}
     * down-and-up sweeps with groups kept in their lanes.
     *
     * @return the lanes the final order respects
     */
    GroupLanes run(int passes) {
        laneOfGroup = null;
        sortAllByCurrentPosition();
        sweepDown();
        sweepUp();
        GroupLanes lanes = GroupLanes.assign(g);
        improve(lanes, passes);
        return lanes;
    }

    /**
     * Up to {@code passes} down-and-up sweeps with transposition from the current order, groups kept in {@code lanes};
     * the best order seen is kept. Started from a good order (the same graph reduced before, a few layers changed), it
     * settles in a pass or two.
     */
    void improve(GroupLanes lanes, int passes) {
        laneOfGroup = lanes.laneOf;
        sortAllByCurrentPosition();
        if (passes == 0) {
            return;
        }
        long best = CrossingCounter.count(g);
        int[][] bestOrder = copyOrder();
        for (int p = 0; p < passes && best > 0; p++) {
            long before = best;
            sweepDown();
            long down = CrossingCounter.count(g);
            if (down < best) {
                best = down;
                bestOrder = copyOrder();
            }
            sweepUp();
            transposeAll();
            long up = CrossingCounter.count(g);
            if (up < best) {
                best = up;
                bestOrder = copyOrder();
            }
            if (best == before) {
                break; // a whole pass without progress: the sweeps have settled
            }
        }
        for (int l = 0; l < g.layerCount; l++) {
            System.arraycopy(bestOrder[l], 0, g.layers[l], 0, bestOrder[l].length);
            g.syncPositions(l);
        }
    }

    /** Makes every layer respect the block constraint without otherwise changing its order. */
    void sortAllByCurrentPosition() {
        for (int l = 0; l < g.layerCount; l++) {
            for (int v : g.layers[l]) {
                bary[v] = g.pos[v];
            }
            sortLayer(l);
        }
    }

    void sweepDown() {
        for (int l = 1; l < g.layerCount; l++) {
            if (fixed[l]) {
                continue;
            }
            barycenters(l, g.upStart, g.up, g.upWeight);
            sortLayer(l);
        }
    }

    void sweepUp() {
        for (int l = g.layerCount - 2; l >= 0; l--) {
            if (fixed[l]) {
                continue;
            }
            barycenters(l, g.downStart, g.down, g.downWeight);
            sortLayer(l);
        }
    }

    private void barycenters(int l, int[] start, int[] adjacent, int[] weights) {
        for (int v : g.layers[l]) {
            int from = start[v];
            int to = start[v + 1];
            if (from == to) {
                // No neighbour on that side: stay where it is (scaled to the neighbouring layer).
                bary[v] = g.pos[v];
                continue;
            }
            double sum = 0;
            double weight = 0;
            for (int i = from; i < to; i++) {
                sum += g.pos[adjacent[i]] * (double) weights[i];
                weight += weights[i];
            }
            bary[v] = sum / weight;
        }
    }

    /** Swaps adjacent nodes of the same group while that lowers crossings with both neighbour layers. */
    void transposeAll() {
        for (int round = 0; round < 4; round++) {
            boolean improved = false;
            for (int l = 0; l < g.layerCount; l++) {
                improved |= transpose(l);
            }
            if (!improved) {
                return;
            }
        }
    }

    private boolean transpose(int l) {
        if (fixed[l]) {
            return false;
        }
        int[] layer = g.layers[l];
        boolean improved = false;
        for (int i = 0; i + 1 < layer.length; i++) {
            int u = layer[i];
            int v = layer[i + 1];
            if (g.groupOf[u] != g.groupOf[v]) {
                continue;
            }
            long keep = pairCrossings(u, v, g.upStart, g.up, g.upWeight)
                    + pairCrossings(u, v, g.downStart, g.down, g.downWeight);
            long swap = pairCrossings(v, u, g.upStart, g.up, g.upWeight)
                    + pairCrossings(v, u, g.downStart, g.down, g.downWeight);
            if (swap < keep) {
                layer[i] = v;
                layer[i + 1] = u;
                g.pos[u] = i + 1;
                g.pos[v] = i;
                improved = true;
            }
        }
        return improved;
    }

    /** Weighted crossings between the segments of {@code left} and {@code right} with left first. */
    private long pairCrossings(int left, int right, int[] start, int[] adjacent, int[] weights) {
        int du = start[left + 1] - start[left];
        int dv = start[right + 1] - start[right];
        if ((long) du * dv <= 64) {
            long crossings = 0;
            for (int i = start[left]; i < start[left + 1]; i++) {
                int p = g.pos[adjacent[i]];
                for (int j = start[right]; j < start[right + 1]; j++) {
                    if (g.pos[adjacent[j]] < p) {
                        crossings += (long) weights[i] * weights[j];
                    }
                }
            }
            return crossings;
        }
        // Wide fans (ports): sort both ends' positions and merge, instead of comparing every pair.
        long[] a = sortedEnds(left, start, adjacent, weights);
        long[] b = sortedEnds(right, start, adjacent, weights);
        long crossings = 0;
        long below = 0; // weight of right's ends strictly before the current left end
        int j = 0;
        for (long end : a) {
            long p = end >>> 32;
            while (j < b.length && (b[j] >>> 32) < p) {
                below += b[j] & 0xffffffffL;
                j++;
            }
            crossings += (end & 0xffffffffL) * below;
        }
        return crossings;
    }

    private long[] sortedEnds(int v, int[] start, int[] adjacent, int[] weights) {
        long[] ends = new long[start[v + 1] - start[v]];
        for (int i = start[v]; i < start[v + 1]; i++) {
            ends[i - start[v]] = ((long) g.pos[adjacent[i]] << 32) | weights[i];
        }
        java.util.Arrays.sort(ends);
        return ends;
    }

    private void sortLayer(int l) {
        int[] layer = g.layers[l];
        int blocks = 0;
        for (int v : layer) {
            int group = g.groupOf[v];
            if (groupCount[group] == 0) {
                groupsInLayer[blocks++] = group;
            }
            groupSum[group] += bary[v];
            groupCount[group]++;
        }
        for (int b = 0; b < blocks; b++) {
            int group = groupsInLayer[b];
            double mean = groupSum[group] / groupCount[group];
            groupKey[group] = laneOfGroup == null ? mean : laneOfGroup[group] * scale + mean;
        }
        IndexSort.sort(groupsInLayer, 0, blocks, groupKey, scratch);
        for (int b = 0; b < blocks; b++) {
            int group = groupsInLayer[b];
            groupKey[group] = b; // block rank from here on
            groupSum[group] = 0;
            groupCount[group] = 0;
        }
        for (int v : layer) {
            nodeKey[v] = groupKey[g.groupOf[v]] * scale + bary[v];
        }
        IndexSort.sort(layer, 0, layer.length, nodeKey, scratch);
        g.syncPositions(l);
    }

    private int[][] copyOrder() {
        int[][] copy = new int[g.layerCount][];
        for (int l = 0; l < g.layerCount; l++) {
            copy[l] = g.layers[l].clone();
        }
        return copy;
    }
}
