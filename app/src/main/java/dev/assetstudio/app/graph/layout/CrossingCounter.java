package dev.assetstudio.app.graph.layout;

import java.util.Arrays;

/**
 * Counts edge crossings of a layered graph in its current order, O(E log V) per layer pair with the
 * accumulator tree of Barth, Jünger and Mutzel ("Simple and efficient bilayer cross counting").
 */
final class CrossingCounter {

    private CrossingCounter() {}

    static long count(LayeredGraph g) {
        long total = 0;
        int[] sequence = new int[Math.max(1, g.down.length)];
        int[] tree = new int[2 * treeWidth(g.maxLayerSize())];
        for (int l = 0; l + 1 < g.layerCount; l++) {
            total += countBetween(g, l, sequence, tree);
        }
        return total;
    }

    private static long countBetween(LayeredGraph g, int l, int[] sequence, int[] tree) {
        // Segments sorted by (upper position, lower position); crossings are then the inversions of
        // the lower positions.
        int k = 0;
        for (int u : g.layers[l]) {
            int from = k;
            for (int i = g.downStart[u]; i < g.downStart[u + 1]; i++) {
                sequence[k++] = g.pos[g.down[i]];
            }
            Arrays.sort(sequence, from, k);
        }
        int width = treeWidth(g.layers[l + 1].length);
        Arrays.fill(tree, 0, 2 * width, 0);
        long crossings = 0;
        for (int i = 0; i < k; i++) {
            int index = sequence[i] + width;
            tree[index]++;
            while (index > 1) {
                // Coming from a left child, everything already in the right sibling is a crossing.
                if ((index & 1) == 0) {
                    crossings += tree[index + 1];
                }
                index >>= 1;
                tree[index]++;
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
