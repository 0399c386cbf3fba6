package dev.assetstudio.app.graph.layout;

/** Places the nodes of a graph; implementations are stateless and thread-safe. */
public interface LayoutAlgorithm {

    GraphLayout layout(LayoutGraph graph, LayoutOptions options);
}
