package dev.assetstudio.app.graph.layout;

import java.util.HashMap;
import java.util.Map;

/**
 * The "proper" layered graph the Sugiyama steps work on: the input nodes plus one dummy node per
 * layer that a long edge crosses, so that every segment joins two adjacent layers. Everything is
 * int-indexed: nodes {@code 0..realCount-1} are the input nodes, the rest are dummies, and the
 * dummies of one input edge are consecutive. The order inside each layer is mutable; the rest is
 * fixed once built.
 */
final class LayeredGraph {

    final LayoutGraph input;
    final int realCount;
    final int size;
    final int layerCount;
    /** Layer of every node. */
    final int[] layerOf;
    /** Group index of every node; a dummy takes the group of its edge's upstream node. */
    final int[] groupOf;

    final String[] groupNames;
    /** For input edge e, its dummies are {@code firstDummy[e] .. firstDummy[e+1]-1}, upstream first. */
    final int[] firstDummy;
    /** Segments to the previous layer: {@code up[upStart[v] .. upStart[v+1]-1]}. */
    final int[] upStart;

    final int[] up;
    /** Segments to the next layer. */
    final int[] downStart;

    final int[] down;
    /** Current order: {@code layers[l]} lists the nodes of layer l left to right. */
    final int[][] layers;
    /** Index of every node within its layer, kept in sync with {@link #layers}. */
    final int[] pos;

    LayeredGraph(LayoutGraph input, int[] realLayer) {
        this.input = input;
        int n = input.nodeCount();
        int m = input.edgeCount();
        realCount = n;

        firstDummy = new int[m + 1];
        int dummies = 0;
        int maxLayer = 0;
        for (int e = 0; e < m; e++) {
            firstDummy[e] = n + dummies;
            dummies += realLayer[input.edgeTarget(e)] - realLayer[input.edgeSource(e)] - 1;
        }
        firstDummy[m] = n + dummies;
        size = n + dummies;
        for (int v = 0; v < n; v++) {
            maxLayer = Math.max(maxLayer, realLayer[v]);
        }
        layerCount = n == 0 ? 0 : maxLayer + 1;

        Map<String, Integer> groupIndex = new HashMap<>();
        groupOf = new int[size];
        for (int v = 0; v < n; v++) {
            groupOf[v] = groupIndex.computeIfAbsent(input.group(v), k -> groupIndex.size());
        }
        groupNames = new String[groupIndex.size()];
        groupIndex.forEach((name, i) -> groupNames[i] = name);

        layerOf = new int[size];
        System.arraycopy(realLayer, 0, layerOf, 0, n);
        for (int e = 0; e < m; e++) {
            int s = input.edgeSource(e);
            int base = realLayer[s] + 1;
            for (int d = firstDummy[e]; d < firstDummy[e + 1]; d++) {
                layerOf[d] = base + (d - firstDummy[e]);
                groupOf[d] = groupOf[s];
            }
        }

        // Every input edge becomes (dummies + 1) segments; build both directions as CSR arrays.
        int segments = m + dummies;
        int[] segFrom = new int[segments];
        int[] segTo = new int[segments];
        int k = 0;
        for (int e = 0; e < m; e++) {
            int prev = input.edgeSource(e);
            for (int d = firstDummy[e]; d < firstDummy[e + 1]; d++) {
                segFrom[k] = prev;
                segTo[k++] = d;
                prev = d;
            }
            segFrom[k] = prev;
            segTo[k++] = input.edgeTarget(e);
        }
        upStart = new int[size + 1];
        downStart = new int[size + 1];
        for (int i = 0; i < segments; i++) {
            upStart[segTo[i] + 1]++;
            downStart[segFrom[i] + 1]++;
        }
        for (int v = 0; v < size; v++) {
            upStart[v + 1] += upStart[v];
            downStart[v + 1] += downStart[v];
        }
        up = new int[segments];
        down = new int[segments];
        int[] upFill = upStart.clone();
        int[] downFill = downStart.clone();
        for (int i = 0; i < segments; i++) {
            up[upFill[segTo[i]]++] = segFrom[i];
            down[downFill[segFrom[i]]++] = segTo[i];
        }

        // Initial order: input order, dummies after the real nodes in edge order.
        int[] layerSize = new int[layerCount];
        for (int v = 0; v < size; v++) {
            layerSize[layerOf[v]]++;
        }
        layers = new int[layerCount][];
        for (int l = 0; l < layerCount; l++) {
            layers[l] = new int[layerSize[l]];
        }
        pos = new int[size];
        int[] fill = new int[layerCount];
        for (int v = 0; v < size; v++) {
            int l = layerOf[v];
            pos[v] = fill[l];
            layers[l][fill[l]++] = v;
        }
    }

    boolean isDummy(int v) {
        return v >= realCount;
    }

    int groupCount() {
        return groupNames.length;
    }

    int maxLayerSize() {
        int max = 0;
        for (int[] layer : layers) {
            max = Math.max(max, layer.length);
        }
        return max;
    }

    /** Re-derives {@link #pos} after layer {@code l} was reordered. */
    void syncPositions(int l) {
        int[] layer = layers[l];
        for (int i = 0; i < layer.length; i++) {
            pos[layer[i]] = i;
        }
    }
}
