package dev.assetstudio.app.graph.layout;

import java.util.Arrays;

/**
 * Counts edge crossings of a layered graph in its current order, O(E log V) per layer pair with the
 * accumulator tree of Barth, Jünger and Mutzel ("Simple and efficient bilayer cross counting"); two
 * crossing segments count the product of their weights.
 */
final class CrossingCounter {

    private CrossingCounter() {}

    static long count(LayeredGraph g) {
        long total = 0;
        long[] sequence = new long[Math.max(1, g.down.length)];
        long[] tree = new long[2 * treeWidth(g.maxLayerSize())];
        for (int l = 0; l + 1 < g.layerCount; l++) {
            total += countBetween(g, l, sequence, tree);
        }
        return total;
    }

    private static long countBetween(LayeredGraph g, int l, long[] sequence, long[] tree) {
        // Segments sorted by (upper position, lower position); crossings are then the inversions of
        // the lower positions. Each entry packs the lower position above the segment's weight.
        int k = 0;
        for (int u : g.layers[l]) {
            int from = k;
            for (int i = g.downStart[u]; i < g.downStart[u + 1]; i++) {
                sequence[k++] = ((long) g.pos[g.down[i]] << 32) | g.downWeight[i];
            }
            Arrays.sort(sequence, from, k);
        }
        int width = treeWidth(g.layers[l + 1].length);
        Arrays.fill(tree, 0, 2 * width, 0);
        long crossings = 0;
        for (int i = 0; i < k; i++) {
            long weight = sequence[i] & 0xffffffffL;
            int index = (int) (sequence[i] >>> 32) + width;
            tree[index] += weight;
            while (index > 1) {
                // Coming from a left child, everything already in the right sibling is a crossing.
                if ((index & 1) == 0) {
                    crossings += weight * tree[index + 1];
                }
                index >>= 1;
                tree[index] += weight;
            }
        }
        return crossings;
    }

    private static int treeWidth(int leaves) {
        int w = 1;
        while (w < leaves) {
            w <<= 1;
        }
        return w;
    }
}
