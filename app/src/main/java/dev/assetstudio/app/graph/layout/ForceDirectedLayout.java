package dev.assetstudio.app.graph.layout;

import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Fruchterman–Reingold spring embedding with Barnes–Hut repulsion (JGraphT's {@link
 * IndexedFRLayoutAlgorithm2D}); edge direction is ignored. Nodes start near a point per group, so
 * groups tend to stay clustered. Deterministic for a given {@link LayoutOptions#seed()}. Nodes are
 * points to the algorithm, so large nodes may overlap, and so may group boxes.
 */
public final class ForceDirectedLayout implements LayoutAlgorithm {

    @Override
    public GraphLayout layout(LayoutGraph graph, LayoutOptions options) {
        int n = graph.nodeCount();
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        double maxSize = 1;
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
            maxSize = Math.max(maxSize, Math.max(graph.width(v), graph.height(v)));
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            // The undirected simple graph merges a -> b with b -> a; springs do not care.
            g.addEdge(graph.edgeSource(e), graph.edgeTarget(e));
        }
        // FR spreads nodes about sqrt(area / n) apart: size the area so that is a node plus spacing.
        double side = Math.sqrt(Math.max(1, n)) * (maxSize + options.nodeSpacing()) * 1.5;
        LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(0, 0, side, side));
        Random random = new Random(options.seed());
        GroupSeeds seeds = new GroupSeeds(graph, side, random);
        IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge> algorithm = new IndexedFRLayoutAlgorithm2D<>(
                options.forceIterations(), IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR, 0.5, random);
        algorithm.setInitializer(seeds::initialPosition);
        algorithm.layout(g, model);

        return LayoutAssembly.fromModel(graph, model, options);
    }

    /** Initial positions: each group gets a spot on a circle, its nodes scattered around it. */
    private static final class GroupSeeds {
        private final double[] x;
        private final double[] y;

        GroupSeeds(LayoutGraph graph, double side, Random random) {
            int n = graph.nodeCount();
            x = new double[n];
            y = new double[n];
            java.util.Map<String, Integer> groupIndex = new java.util.LinkedHashMap<>();
            for (int v = 0; v < n; v++) {
                groupIndex.putIfAbsent(graph.group(v), groupIndex.size());
            }
            int groups = groupIndex.size();
            double ring = groups == 1 ? 0 : side / 3;
            double spread = groups == 1 ? side / 2 : side / (2 + groups);
            for (int v = 0; v < n; v++) {
                double angle = 2 * Math.PI * groupIndex.get(graph.group(v)) / groups;
                x[v] = side / 2 + ring * Math.cos(angle) + (random.nextDouble() - 0.5) * 2 * spread;
                y[v] = side / 2 + ring * Math.sin(angle) + (random.nextDouble() - 0.5) * 2 * spread;
            }
        }

        Point2D initialPosition(Integer v) {
            return Point2D.of(x[v], y[v]);
        }
    }
}
