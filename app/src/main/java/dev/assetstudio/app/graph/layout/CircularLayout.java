package dev.assetstudio.app.graph.layout;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * All nodes on one circle (JGraphT's {@link CircularLayoutAlgorithm2D}), ordered by group (groups in
 * order of first appearance) so each group is an arc; the radius leaves every node its size plus
 * spacing along the circle. Group boxes of neighbouring arcs may overlap.
 */
public final class CircularLayout implements LayoutAlgorithm {

    @Override
    public GraphLayout layout(LayoutGraph graph, LayoutOptions options) {
        int n = graph.nodeCount();
        Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        double circumference = 0;
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
            groupIndex.putIfAbsent(graph.group(v), groupIndex.size());
            circumference += Math.max(graph.width(v), graph.height(v)) + options.nodeSpacing();
        }
        int[] groupOf = new int[n];
        for (int v = 0; v < n; v++) {
            groupOf[v] = groupIndex.get(graph.group(v));
        }
        // The drawing needs no edges; positions depend on the order only.
        double radius = Math.max(1, circumference / (2 * Math.PI));
        LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(0, 0, 2 * radius, 2 * radius));
        Comparator<Integer> byGroupThenInput =
                Comparator.<Integer>comparingInt(v -> groupOf[v]).thenComparingInt(v -> v);
        new CircularLayoutAlgorithm2D<Integer, DefaultEdge>(radius, byGroupThenInput).layout(g, model);

        return LayoutAssembly.fromModel(graph, model, options);
    }
}
