package dev.assetstudio.app.graph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default layout, Sugiyama style: layers by dependency depth ({@link LayerAssignment}), dummy
 * nodes on long edges ({@link LayeredGraph}), barycenter crossing reduction that keeps groups
 * together ({@link CrossingReduction}), then coordinates with each group in its own lane ({@link
 * CoordinateAssignment}). Long edges bend where they cross a layer, at their dummy's position.
 *
 * <p>Group boxes never overlap: groups sharing a layer sit in different lanes, and groups sharing a
 * lane have disjoint layers with a layer gap wide enough for both boxes. A group box may still be
 * crossed by edges of other groups (their last or first segment), and an edge's bends run in its
 * upstream group's lane, which may pass through the box of a later group sharing that lane.
 *
 * @throws CycleException from {@link #layout} if the graph is not a DAG
 */
public final class LayeredLayout implements LayoutAlgorithm {

    @Override
    public GraphLayout layout(LayoutGraph graph, LayoutOptions options) {
        if (graph.nodeCount() == 0) {
            return new GraphLayout(Map.of(), Map.of(), List.of(), new Rect(0, 0, 0, 0));
        }
        LayeredGraph layered = new LayeredGraph(graph, LayerAssignment.assign(graph));
        GroupLanes lanes = new CrossingReduction(layered).run(options.crossingPasses());

        boolean leftToRight = options.orientation() == Orientation.LEFT_TO_RIGHT;
        double[] across = new double[layered.size];
        double[] along = new double[layered.realCount];
        for (int v = 0; v < layered.realCount; v++) {
            across[v] = leftToRight ? graph.height(v) : graph.width(v);
            along[v] = leftToRight ? graph.width(v) : graph.height(v);
        }
        // The label band sits on top of a box: across layers when they are columns, along them when
        // they are rows. Gaps leave room for two paddings, a label where it falls, and the spacing.
        double pad = options.groupPadding();
        double label = options.groupLabelHeight();
        double laneGap = 2 * pad + options.groupSpacing() + (leftToRight ? label : 0);
        double layerGap =
                Math.max(options.layerSpacing(), 2 * pad + options.groupSpacing() + (leftToRight ? 0 : label));
        double acrossOrigin = pad + (leftToRight ? label : 0);
        double alongOrigin = pad + (leftToRight ? 0 : label);

        CoordinateAssignment coordinates =
                new CoordinateAssignment(layered, lanes, across, options.nodeSpacing(), options.edgeSpacing());
        coordinates.run(acrossOrigin, laneGap, options.coordinatePasses());
        double[] center = coordinates.center;

        double[] thickness = new double[layered.layerCount];
        for (int v = 0; v < layered.realCount; v++) {
            int l = layered.layerOf[v];
            thickness[l] = Math.max(thickness[l], along[v]);
        }
        double[] layerStart = new double[layered.layerCount];
        double next = alongOrigin;
        for (int l = 0; l < layered.layerCount; l++) {
            layerStart[l] = next;
            next += thickness[l] + layerGap;
        }

        Rect[] rects = new Rect[layered.realCount];
        double[] alongStart = new double[layered.realCount];
        for (int v = 0; v < layered.realCount; v++) {
            int l = layered.layerOf[v];
            alongStart[v] = layerStart[l] + (thickness[l] - along[v]) / 2;
            double acrossStart = center[v] - across[v] / 2;
            rects[v] = leftToRight
                    ? new Rect(alongStart[v], acrossStart, along[v], across[v])
                    : new Rect(acrossStart, alongStart[v], across[v], along[v]);
        }

        List<EdgeRoute> edges = new ArrayList<>(graph.edgeCount());
        for (int e = 0; e < graph.edgeCount(); e++) {
            int s = graph.edgeSource(e);
            int t = graph.edgeTarget(e);
            List<Point> points = new ArrayList<>(2 + 2 * (layered.firstDummy[e + 1] - layered.firstDummy[e]));
            points.add(point(leftToRight, alongStart[s] + along[s], center[s]));
            for (int d = layered.firstDummy[e]; d < layered.firstDummy[e + 1]; d++) {
                // Through the layer band in a straight line, so the edge never cuts a node of that layer.
                int l = layered.layerOf[d];
                points.add(point(leftToRight, layerStart[l], center[d]));
                points.add(point(leftToRight, layerStart[l] + thickness[l], center[d]));
            }
            points.add(point(leftToRight, alongStart[t], center[t]));
            edges.add(new EdgeRoute(graph.id(s), graph.id(t), points));
        }
        return LayoutAssembly.assemble(graph, rects, edges, options);
    }

    private static Point point(boolean leftToRight, double along, double across) {
        return leftToRight ? new Point(along, across) : new Point(across, along);
    }
}
