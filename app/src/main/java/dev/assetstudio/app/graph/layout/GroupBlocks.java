package dev.assetstudio.app.graph.layout;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Splits the groups into blocks the compound layout places as boxes: the strongly connected
 * components of the graph of groups (group A → B when an asset of A feeds one of B). Groups that
 * feed each other cannot be ordered left to right, so they share a block and are laid out together
 * in lanes; every other group is a block of its own. Blocks are numbered by their first group, so
 * the numbering follows the group order, not the node order.
 */
final class GroupBlocks {

    private GroupBlocks() {}

    /**
     * @param groups number of groups
     * @param from upstream group of each group edge
     * @param to downstream group of each group edge
     * @return the block of every group, blocks numbered 0.. in order of their smallest group
     */
    static int[] of(int groups, int[] from, int[] to) {
        LayerAssignment.Adjacency adj = LayerAssignment.Adjacency.of(groups, from, to);
        int[] component = tarjan(groups, adj);
        int[] renumber = new int[groups];
        Arrays.fill(renumber, -1);
        int next = 0;
        int[] block = new int[groups];
        for (int g = 0; g < groups; g++) {
            if (renumber[component[g]] < 0) {
                renumber[component[g]] = next++;
            }
            block[g] = renumber[component[g]];
        }
        return block;
    }

    /** Tarjan's strongly connected components, iterative so deep chains do not overflow the stack. */
    private static int[] tarjan(int n, LayerAssignment.Adjacency adj) {
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int top = 0;
        int counter = 0;
        int components = 0;
        int[] edgeCursor = new int[n];
        ArrayDeque<Integer> call = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            call.push(root);
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            edgeCursor[root] = adj.outStart[root];
            while (!call.isEmpty()) {
                int v = call.peek();
                if (edgeCursor[v] < adj.outStart[v + 1]) {
                    int w = adj.out[edgeCursor[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        edgeCursor[w] = adj.outStart[w];
                        call.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                call.pop();
                if (!call.isEmpty()) {
                    int parent = call.peek();
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
            }
        }
        return component;
    }
}
