package dev.assetstudio.app.graph.layout;

/**
 * Decides how crowded layers wrap, so a drawing with few, long layers becomes a block instead of a
 * strip, and only when the drawing would otherwise be too tall for its width. Two ways:
 *
 * <ul>
 *   <li>{@link #gridColumns}, for the cards of a group: a layer's cards go on a grid of several
 *       columns (a group of 380 nodes in three layers gets a dozen short columns); edges through the
 *       grid use the channels between its rows, so wrapping costs no room. {@link LayeredDrawing}
 *       draws it.
 *   <li>{@link #wrap}, for the group boxes: a layer is split into several consecutive layers, every
 *       edge still going to a later one (long edges get dummies through the extra columns). Within a
 *       split layer, nodes with more downstream than upstream edges go to the first columns, which
 *       keeps the edges through the extra columns few; ties go by rank, not by node index.
 * </ul>
 */
final class LayerWrapping {

    private LayerWrapping() {}

    /**
     * The wrapped layers.
     *
     * @param layer layer of each node (dense from 0)
     * @param across size of each node across its layer, spacing included
     * @param along size of each node along the edges
     * @param lane lane of each node: lanes stack across, so a layer is as long as its longest lane run
     * @param edges the edges among the nodes, {@code {from, to}}: their dummies lengthen the runs
     * @param externalIn edges entering each node from before the first layer
     * @param externalOut edges leaving each node past the last layer
     * @param rank tie-break order of the nodes
     * @param edgeSpace room a dummy takes across
     * @param layerGap gap between two layers
     * @param targetRatio the wanted along-to-across ratio of the whole drawing
     */
    static int[] wrap(
            int[] layer,
            double[] across,
            double[] along,
            int[] lane,
            int[][] edges,
            int[] externalIn,
            int[] externalOut,
            int[] rank,
            double edgeSpace,
            double layerGap,
            double targetRatio) {
        int n = layer.length;
        if (n < 2) {
            return layer.clone();
        }
        int layers = 0;
        int lanes = 0;
        double largest = 0;
        for (int v = 0; v < n; v++) {
            layers = Math.max(layers, layer[v] + 1);
            lanes = Math.max(lanes, lane[v] + 1);
            largest = Math.max(largest, across[v]);
        }
        int[] balance = new int[n];
        for (int v = 0; v < n; v++) {
            balance[v] = externalOut[v] - externalIn[v];
        }
        for (int[] e : edges) {
            balance[e[0]]++;
            balance[e[1]]--;
        }
        double[][] run = new double[layers][lanes];
        for (int v = 0; v < n; v++) {
            run[layer[v]][lane[v]] += across[v];
        }
        double longest = 0;
        for (double[] runs : run) {
            for (double r : runs) {
                longest = Math.max(longest, r);
            }
        }
        Integer[] order = sortedForDealing(layer, lane, balance, rank);
        Measure measure = new Measure(across, along, lane, edges, externalIn, externalOut, edgeSpace, layerGap);
        int[] unwrapped = layer.clone();
        double[] plain = measure.size(unwrapped, layers);
        double plainScore = Math.log(plain[0] / plain[1] / targetRatio);
        if (plainScore >= -Math.log(1.5)) {
            return unwrapped; // wide enough already: wrapping would only add columns
        }
        int[] best = unwrapped;
        double bestScore = Math.abs(plainScore);
        for (double cap = largest; cap < longest; cap *= 1.08) {
            int[] columns = new int[layers];
            int[] wrapped = deal(order, layer, across, lane, run, cap, columns);
            int total = 0;
            for (int c : columns) {
                total += c;
            }
            double[] size = measure.size(wrapped, total);
            double score = Math.abs(Math.log(size[0] / size[1] / targetRatio));
            if (score < bestScore) {
                bestScore = score;
                best = wrapped;
            }
        }
        return best;
    }

    /**
     * How many columns each layer's cards should wrap into (1: not wrapped) so the drawing comes near
     * {@code targetRatio}: every layer gets as many columns as it needs to hold at most R rows, for
     * the R that fits best. Edges through a wrapped layer run in the channels between its rows, so
     * they take no room; nothing wraps if the drawing is already wide enough.
     *
     * @param count cards of each layer
     * @param along thickness of each layer's cards (a column's width when layers are columns)
     * @param pitch room each card of the layer takes across, spacing included
     * @param threads room across the edges through a layer take when it is not wrapped (wrapped, they use the
     *     channels between its rows)
     * @param extraAlong along room of the group's box besides its card layers (padding)
     * @param extraAcross across room of the group's box besides its cards (padding, label)
     */
    static int[] gridColumns(
            int[] count,
            double[] along,
            double[] pitch,
            double[] threads,
            double extraAlong,
            double extraAcross,
            double columnGap,
            double layerGap,
            double targetRatio) {
        int layers = count.length;
        int most = 0;
        for (int k : count) {
            most = Math.max(most, k);
        }
        int[] plain = new int[layers];
        java.util.Arrays.fill(plain, 1);
        double plainScore =
                Math.log(gridRatio(plain, count, along, pitch, threads, extraAlong, extraAcross, columnGap, layerGap)
                        / targetRatio);
        if (plainScore >= -Math.log(1.5) || most < 4) {
            return plain;
        }
        int[] best = plain;
        double bestScore = Math.abs(plainScore);
        for (int rows = most - 1; rows >= 1; rows = Math.min(rows - 1, (int) (rows / 1.05))) {
            int[] columns = new int[layers];
            for (int l = 0; l < layers; l++) {
                columns[l] = Math.max(1, (count[l] + rows - 1) / rows);
            }
            double score = Math.abs(Math.log(
                    gridRatio(columns, count, along, pitch, threads, extraAlong, extraAcross, columnGap, layerGap)
                            / targetRatio));
            if (score < bestScore) {
                bestScore = score;
                best = columns;
            }
        }
        return best;
    }

    private static double gridRatio(
            int[] columns,
            int[] count,
            double[] along,
            double[] pitch,
            double[] threads,
            double extraAlong,
            double extraAcross,
            double columnGap,
            double layerGap) {
        double width = extraAlong;
        double height = 1;
        boolean first = true;
        for (int l = 0; l < count.length; l++) {
            if (count[l] == 0) {
                continue; // a line of ports: outside the group's box
            }
            width += columns[l] * along[l] + (columns[l] - 1) * columnGap + (first ? 0 : layerGap);
            first = false;
            int rows = (count[l] + columns[l] - 1) / columns[l];
            height = Math.max(height, rows * pitch[l] + (columns[l] == 1 ? threads[l] : 0));
        }
        return Math.max(1, width) / (height + extraAcross);
    }

    private static Integer[] sortedForDealing(int[] layer, int[] lane, int[] balance, int[] rank) {
        int n = layer.length;
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            if (layer[a] != layer[b]) {
                return Integer.compare(layer[a], layer[b]);
            }
            if (lane[a] != lane[b]) {
                return Integer.compare(lane[a], lane[b]);
            }
            if (balance[a] != balance[b]) {
                return Integer.compare(balance[b], balance[a]);
            }
            return Integer.compare(rank[a], rank[b]);
        });
        return order;
    }

    /** Deals every (layer, lane) run into as many columns as the longest run of its layer needs. */
    private static int[] deal(
            Integer[] order, int[] layer, double[] across, int[] lane, double[][] run, double cap, int[] columns) {
        int layers = run.length;
        int lanes = run[0].length;
        int[] firstColumn = new int[layers + 1];
        for (int l = 0; l < layers; l++) {
            columns[l] = 1;
            for (int k = 0; k < lanes; k++) {
                columns[l] = Math.max(columns[l], (int) Math.ceil(run[l][k] / cap - 1e-9));
            }
            firstColumn[l + 1] = firstColumn[l] + columns[l];
        }
        int[] wrapped = new int[layer.length];
        double filled = 0;
        for (int i = 0; i < order.length; i++) {
            int v = order[i];
            boolean runStart = i == 0 || layer[order[i - 1]] != layer[v] || lane[order[i - 1]] != lane[v];
            if (runStart) {
                filled = 0;
            }
            int l = layer[v];
            double total = run[l][lane[v]];
            // The node's middle decides its column, so every column of a run gets an equal share.
            int column = (int) Math.min(columns[l] - 1, Math.floor((filled + across[v] / 2) / total * columns[l]));
            wrapped[v] = firstColumn[l] + column;
            filled += across[v];
        }
        return wrapped;
    }

    /** Estimates the drawing's size for a layering: card runs plus the dummies of the edges. */
    private static final class Measure {
        private final double[] across;
        private final double[] along;
        private final int[] lane;
        private final int[][] edges;
        private final int[] externalIn;
        private final int[] externalOut;
        private final double edgeSpace;
        private final double layerGap;
        private final int lanes;

        Measure(
                double[] across,
                double[] along,
                int[] lane,
                int[][] edges,
                int[] externalIn,
                int[] externalOut,
                double edgeSpace,
                double layerGap) {
            this.across = across;
            this.along = along;
            this.lane = lane;
            this.edges = edges;
            this.externalIn = externalIn;
            this.externalOut = externalOut;
            this.edgeSpace = edgeSpace;
            this.layerGap = layerGap;
            int max = 0;
            for (int k : lane) {
                max = Math.max(max, k + 1);
            }
            this.lanes = max;
        }

        /** {along, across} of the drawing with these layers. */
        double[] size(int[] layer, int layers) {
            double[][] runs = new double[lanes][layers + 1];
            double[] thickness = new double[layers];
            double[][] dummies = new double[lanes][layers + 1]; // difference arrays
            for (int v = 0; v < layer.length; v++) {
                runs[lane[v]][layer[v]] += across[v];
                thickness[layer[v]] = Math.max(thickness[layer[v]], along[v]);
                if (externalIn[v] > 0) {
                    dummies[lane[v]][0] += externalIn[v];
                    dummies[lane[v]][layer[v]] -= externalIn[v];
                }
                if (externalOut[v] > 0) {
                    dummies[lane[v]][layer[v] + 1] += externalOut[v];
                    dummies[lane[v]][layers] -= externalOut[v];
                }
            }
            for (int[] e : edges) {
                int from = layer[e[0]];
                int to = layer[e[1]];
                if (to - from > 1) {
                    dummies[lane[e[0]]][from + 1]++;
                    dummies[lane[e[0]]][to]--;
                }
            }
            double height = 0;
            for (int k = 0; k < lanes; k++) {
                double running = 0;
                double tallest = 0;
                for (int l = 0; l < layers; l++) {
                    running += dummies[k][l];
                    tallest = Math.max(tallest, runs[k][l] + running * edgeSpace);
                }
                height += tallest;
            }
            double width = 0;
            for (double t : thickness) {
                width += t + layerGap;
            }
            return new double[] {Math.max(1, width), Math.max(1, height)};
        }
    }
}
