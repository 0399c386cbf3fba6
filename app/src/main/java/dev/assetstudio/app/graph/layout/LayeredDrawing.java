package dev.assetstudio.app.graph.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The coordinates of an ordered {@link LayeredGraph}, in layer axes: <em>along</em> runs with the
 * edges (x when layers are columns), <em>across</em> runs along a layer. Every layer is a band as
 * thick as its thickest node; a layer holding only virtual nodes (ports) is a line with a narrower
 * gap. Across, {@link CoordinateAssignment} places nodes in their group lanes.
 *
 * <p>A layer may be <em>wrapped</em> into several columns: its cards then sit on a grid, in their
 * order row by row, centred where the coordinate assignment put the layer's middle card; edges leave
 * and enter its cards through the channels between the rows, and long edges crossing it run along
 * the nearest channel, so no edge cuts a card.
 */
final class LayeredDrawing {

    final LayeredGraph g;
    /** Across center of every node, dummies included. */
    final double[] center;
    /** Along start of every layer band and its thickness. */
    final double[] layerStart;

    final double[] thickness;
    /** Along start and size of every real node. */
    final double[] alongStart;

    final double[] along;
    /** Across size of every real node. */
    final double[] across;
    /** Columns of every layer (1 when not wrapped), and for wrapped layers the grid. */
    private final int[] columns;

    private final double columnGap;
    private final double[] gridTop;
    private final double[] pitch;
    private final double[] cell;
    private final int[] rowOf;
    private final int[] rowsOf;
    private final int[] columnOf;

    /**
     * @param acrossOrigin across coordinate of the first lane
     * @param alongOrigin along coordinate of the first layer
     * @param laneGap gap between two lanes
     * @param layerGap gap between two layers of cards
     * @param portGap gap next to a layer of ports only
     */
    LayeredDrawing(
            LayeredGraph g,
            GroupLanes lanes,
            double[] alongSize,
            double[] acrossSize,
            double nodeSpacing,
            double edgeSpacing,
            double acrossOrigin,
            double alongOrigin,
            double laneGap,
            double layerGap,
            double portGap,
            int coordinatePasses,
            int[] columns,
            double columnGap) {
        this.g = g;
        this.columns = columns == null ? ones(g.layerCount) : columns;
        this.columnGap = columnGap;
        this.along = alongSize;
        this.across = acrossSize;
        double[] acrossAll = new double[g.size];
        System.arraycopy(acrossSize, 0, acrossAll, 0, g.realCount);
        CoordinateAssignment coordinates = new CoordinateAssignment(g, lanes, acrossAll, nodeSpacing, edgeSpacing);
        coordinates.run(acrossOrigin, laneGap, coordinatePasses);
        center = coordinates.center;

        thickness = new double[g.layerCount];
        cell = new double[g.layerCount];
        double[] widest = new double[g.layerCount];
        boolean[] portsOnly = new boolean[g.layerCount];
        java.util.Arrays.fill(portsOnly, true);
        for (int v = 0; v < g.realCount; v++) {
            int l = g.layerOf[v];
            widest[l] = Math.max(widest[l], alongSize[v]);
            cell[l] = Math.max(cell[l], acrossSize[v]);
            portsOnly[l] &= g.isDummy(v);
        }
        for (int v = g.realCount; v < g.size; v++) {
            portsOnly[g.layerOf[v]] = false;
        }
        for (int l = 0; l < g.layerCount; l++) {
            int c = this.columns[l];
            thickness[l] = c * widest[l] + (c - 1) * columnGap;
        }
        layerStart = new double[g.layerCount];
        double next = alongOrigin;
        for (int l = 0; l < g.layerCount; l++) {
            if (l > 0) {
                next += portsOnly[l] || portsOnly[l - 1] ? portGap : layerGap;
            }
            layerStart[l] = next;
            next += thickness[l];
        }
        alongStart = new double[g.realCount];
        gridTop = new double[g.layerCount];
        pitch = new double[g.layerCount];
        rowOf = new int[g.realCount];
        rowsOf = new int[g.layerCount];
        columnOf = new int[g.realCount];
        for (int v = 0; v < g.realCount; v++) {
            int l = g.layerOf[v];
            alongStart[v] = layerStart[l] + (thickness[l] - alongSize[v]) / 2;
        }
        boolean[] fixed = new boolean[g.layerCount];
        boolean anyWrapped = false;
        // All grids share one middle (the mean of their middle cards'): each centred on its own middle card, the
        // grids of a big group's three layers lay side by side across, a box three times as broad as its grids.
        double middles = 0;
        int wrappedLayers = 0;
        for (int l = 0; l < g.layerCount; l++) {
            if (this.columns[l] > 1) {
                middles += middleCard(l);
                wrappedLayers++;
            }
        }
        for (int l = 0; l < g.layerCount; l++) {
            if (this.columns[l] > 1) {
                placeGrid(l, widest[l], nodeSpacing, middles / wrappedLayers);
                fixed[l] = true;
                anyWrapped = true;
            }
        }
        if (anyWrapped) {
            coordinates.refine(coordinatePasses, fixed);
        }
    }

    private static int[] ones(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }

    /** Across center the coordinate assignment gave the middle card of layer l. */
    private double middleCard(int l) {
        List<Integer> cards = new ArrayList<>();
        for (int v : g.layers[l]) {
            if (!g.isDummy(v)) {
                cards.add(v);
            }
        }
        return cards.isEmpty() ? 0 : center[cards.get(cards.size() / 2)];
    }

    /** Puts the cards of wrapped layer l on its grid around {@code middle} and moves its dummies into the channels. */
    private void placeGrid(int l, double width, double nodeSpacing, double middle) {
        int c = columns[l];
        int[] layer = g.layers[l];
        List<Integer> cards = new ArrayList<>();
        for (int v : layer) {
            if (!g.isDummy(v)) {
                cards.add(v);
            }
        }
        int k = cards.size();
        int rows = (k + c - 1) / c;
        rowsOf[l] = rows;
        pitch[l] = cell[l] + nodeSpacing;
        gridTop[l] = middle - rows * pitch[l] / 2;
        for (int i = 0; i < k; i++) {
            int v = cards.get(i);
            int row = i / c;
            int column = i % c;
            rowOf[v] = row;
            columnOf[v] = column;
            center[v] = gridTop[l] + row * pitch[l] + cell[l] / 2;
            alongStart[v] = layerStart[l] + column * (width + columnGap) + (width - along[v]) / 2;
        }
        // Long edges through the grid: each in the channel at its relative place in the layer's order.
        double firstChannel = gridTop[l] - nodeSpacing / 2;
        for (int i = 0; i < layer.length; i++) {
            int v = layer[i];
            if (g.isDummy(v)) {
                double fraction = layer.length == 1 ? 0.5 : (double) i / (layer.length - 1);
                center[v] = firstChannel + Math.round(fraction * rows) * pitch[l];
            }
        }
    }

    private boolean wrapped(int v) {
        return v < g.realCount && !g.isDummy(v) && columns[g.layerOf[v]] > 1;
    }

    /** The channel just above ({@code below} false) or below a card's row of a wrapped layer. */
    private double channel(int v, boolean below) {
        int l = g.layerOf[v];
        double spacing = pitch[l] - cell[l];
        return gridTop[l] + (rowOf[v] + (below ? 1 : 0)) * pitch[l] - spacing / 2;
    }

    /** Along end of the drawing (the last layer's far side). */
    double alongEnd() {
        int last = g.layerCount - 1;
        return last < 0 ? 0 : layerStart[last] + thickness[last];
    }

    /**
     * The route of input edge {@code e} in layer axes ({@code x} = along, {@code y} = across): from the
     * upstream node's far side, straight through every layer band it crosses, to the downstream
     * node's near side.
     */
    List<Point> route(int e) {
        int s = g.edgeFrom[e];
        int t = g.edgeTo[e];
        List<Point> points = new ArrayList<>(8 + 2 * (g.firstDummy[e + 1] - g.firstDummy[e]));
        double exit = alongStart[s] + along[s];
        points.add(new Point(exit, center[s]));
        int ls = g.layerOf[s];
        if (wrapped(s) && columnOf[s] < columns[ls] - 1) {
            // Out of a wrapped card: into the gap after its column, down to the channel under its row.
            double gap = exit + columnGap / 2;
            double lane = channel(s, true);
            points.add(new Point(gap, center[s]));
            points.add(new Point(gap, lane));
            points.add(new Point(layerStart[ls] + thickness[ls], lane));
        }
        for (int d = g.firstDummy[e]; d < g.firstDummy[e + 1]; d++) {
            // Through the layer band in a straight line, so the edge never cuts a node of that layer.
            int l = g.layerOf[d];
            points.add(new Point(layerStart[l], center[d]));
            points.add(new Point(layerStart[l] + thickness[l], center[d]));
        }
        int lt = g.layerOf[t];
        if (wrapped(t) && columnOf[t] > 0) {
            double gap = alongStart[t] - columnGap / 2;
            double lane = channel(t, false);
            points.add(new Point(layerStart[lt], lane));
            points.add(new Point(gap, lane));
            points.add(new Point(gap, center[t]));
        }
        points.add(new Point(alongStart[t], center[t]));
        return points;
    }
}
