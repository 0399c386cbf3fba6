package dev.assetstudio.app.graph.layout;

/**
 * Assigns every group a lane: a band across all layers (a row when layers are columns). Groups that
 * share a layer get different lanes, and lanes keep one global order, so group boxes cannot overlap;
 * groups whose layer ranges are disjoint may share a lane so the drawing stays compact.
 */
final class GroupLanes {

    /** Lane of every group. */
    final int[] laneOf;

    final int laneCount;

    private GroupLanes(int[] laneOf, int laneCount) {
        this.laneOf = laneOf;
        this.laneCount = laneCount;
    }

    /**
     * Lanes for groups ordered by their mean relative position in the current layer order (so the
     * lanes follow what a free barycenter sweep found). A group goes to the first lane after every
     * lane of an earlier group it shares a layer with.
     */
    static GroupLanes assign(LayeredGraph g) {
        int groups = g.groupCount();
        double[] meanPosition = new double[groups];
        int[] members = new int[groups];
        int[] minLayer = new int[groups];
        int[] maxLayer = new int[groups];
        java.util.Arrays.fill(minLayer, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxLayer, -1);
        for (int v = 0; v < g.realCount; v++) {
            int group = g.groupOf[v];
            int l = g.layerOf[v];
            meanPosition[group] += (g.pos[v] + 0.5) / g.layers[l].length;
            members[group]++;
            minLayer[group] = Math.min(minLayer[group], l);
            maxLayer[group] = Math.max(maxLayer[group], l);
        }
        int[] order = new int[groups];
        for (int group = 0; group < groups; group++) {
            order[group] = group;
            meanPosition[group] /= Math.max(1, members[group]);
        }
        IndexSort.sort(order, 0, groups, meanPosition, new int[groups]);

        // Highest lane used so far at each layer: a new group must go below all of them in its range.
        int[] highestLaneAt = new int[g.layerCount];
        java.util.Arrays.fill(highestLaneAt, -1);
        int[] laneOf = new int[groups];
        int laneCount = 0;
        for (int group : order) {
            if (members[group] == 0) {
                continue;
            }
            int lane = 0;
            for (int l = minLayer[group]; l <= maxLayer[group]; l++) {
                lane = Math.max(lane, highestLaneAt[l] + 1);
            }
            for (int l = minLayer[group]; l <= maxLayer[group]; l++) {
                highestLaneAt[l] = lane;
            }
            laneOf[group] = lane;
            laneCount = Math.max(laneCount, lane + 1);
        }
        return new GroupLanes(laneOf, laneCount);
    }
}
